#!/usr/bin/env node
/**
 * The `ndalias` command: `ndalias trace`, `ndalias confirm` (docs/companion.md).
 * Exit codes: confirm → 0, or 1 when a finding is confirmed (unless --no-fail);
 * trace → the command's exit code; 2 for usage errors and unreadable input.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { TraceFormatError, emptyTrace, mergeTraces, readTraceFile, packageVersion, writeTraceFile, type TraceFile } from "../trace/index.js";
import { InputError, confirmFindings, readLintReport } from "./confirm.js";
import { ANSI, PLAIN, countOf, formatJson, formatSarif, formatText, useColor } from "./output.js";

export class UsageError extends Error {}

const HELP = `ndalias ${"<version>"} — runtime companion of the ndalias lint rules

Usage:
  ndalias trace [--out FILE] -- COMMAND [ARGS...]
  ndalias confirm --lint REPORT.json --trace TRACE.json [--format text|json|sarif] [--no-fail]
  ndalias --help | --version
  ndalias COMMAND --help

Commands:
  trace     run COMMAND with the tracer preloaded into every node process and write a trace
  confirm   give each ndalias finding of an ESLint JSON report a status from a trace

Exit codes: 0 ok; 1 confirm found a confirmed finding; 2 usage error or unreadable input.
Docs: docs/companion.md, docs/trace-format.md
`;

const TRACE_HELP = `Usage: ndalias trace [--out FILE] -- COMMAND [ARGS...]

Runs COMMAND (e.g. \`node app.js\`, \`npx tsx app.ts\`, \`npx vitest run\`) with
NODE_OPTIONS=--import <ndalias/trace/register>, so every node process it starts
is traced. Writes one JSON trace merged over those processes.

Options:
  -o, --out FILE   trace file to write (default: ndalias-trace.json)
  -q, --quiet      no summary line on stderr
  -h, --help       this help

Exit code: COMMAND's exit code (128 + signal number when killed), 2 for usage errors.
`;

const CONFIRM_HELP = `Usage: ndalias confirm --lint REPORT.json --trace TRACE.json [options]

Gives every ndalias/* finding of an ESLint JSON report (eslint -f json) a status:
"confirmed" when the traced run showed the harm, otherwise "not-observed".

Options:
  --lint FILE            ESLint JSON report (required)
  --trace FILE|DIR       trace file, or a directory of trace files to merge (required; repeatable)
  -f, --format FORMAT    text (default), json, or sarif (SARIF 2.1.0)
  -o, --output FILE      write the report to FILE instead of stdout
  --no-fail              exit 0 even when findings are confirmed
  --color / --no-color   force colour on or off in text output (default: on a TTY, off with NO_COLOR)
  -h, --help             this help

Exit code: 1 when any finding is confirmed (unless --no-fail), 0 otherwise,
2 for usage errors and missing, unreadable or corrupt input files.
`;

function registerPath(): string {
  return fileURLToPath(new URL("../trace/register.js", import.meta.url));
}

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/** Loads a trace file, or every `*.json` trace in a directory, merged. */
export function loadTraces(paths: readonly string[]): TraceFile {
  const traces: TraceFile[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new TraceFormatError(`cannot read trace file ${p}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (st.isDirectory()) {
      const files = readdirSync(p).filter((f) => f.endsWith(".json")).sort();
      if (files.length === 0) throw new TraceFormatError(`trace directory ${p} has no .json trace files`);
      for (const f of files) traces.push(readTraceFile(join(p, f)));
    } else traces.push(readTraceFile(p));
  }
  return traces.length === 1 ? traces[0]! : mergeTraces(traces);
}

async function runTrace(args: string[], io: Io): Promise<number> {
  let out = "ndalias-trace.json";
  let quiet = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-h" || a === "--help") {
      io.stdout.write(TRACE_HELP);
      return 0;
    }
    if (a === "-o" || a === "--out") {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a file name`);
      out = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "-q" || a === "--quiet") quiet = true;
    else if (a.startsWith("-")) throw new UsageError(`unknown option for trace: ${a}`);
    else break;
  }
  const command = args.slice(i);
  if (command.length === 0) throw new UsageError("trace needs a command: ndalias trace [--out FILE] -- COMMAND...");
  const dir = mkdtempSync(join(tmpdir(), "ndalias-trace-"));
  const importFlag = `--import ${pathToFileURL(registerPath()).href}`;
  const env = {
    ...process.env,
    NODE_OPTIONS: [process.env["NODE_OPTIONS"], importFlag].filter((x) => x !== undefined && x !== "").join(" "),
    NDALIAS_TRACE_DIR: dir,
  };
  const code = await new Promise<number>((res) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env });
    // Ctrl-C reaches the child through the terminal's process group: stay alive to merge its trace.
    const onInt = (): void => undefined;
    // SIGTERM is sent to this process only: pass it on.
    const fwd = (): void => {
      child.kill("SIGTERM");
    };
    process.on("SIGINT", onInt);
    process.on("SIGTERM", fwd);
    child.on("error", (e) => {
      io.stderr.write(`ndalias trace: cannot run ${command[0]}: ${e.message}\n`);
      res(127);
    });
    child.on("close", (c, sig) => {
      process.removeListener("SIGINT", onInt);
      process.removeListener("SIGTERM", fwd);
      res(c ?? (sig !== null ? 128 + (signalNumber(sig) ?? 0) : 1));
    });
  });
  try {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    const traces: TraceFile[] = [];
    for (const f of files) {
      try {
        traces.push(readTraceFile(join(dir, f)));
      } catch (e) {
        io.stderr.write(`ndalias trace: skipping ${f}: ${(e as Error).message}\n`);
      }
    }
    const merged = traces.length === 0 ? emptyTrace(packageVersion()) : mergeTraces(traces);
    try {
      writeTraceFile(resolve(out), merged);
    } catch (e) {
      io.stderr.write(`ndalias trace: cannot write ${out}: ${(e as Error).message}\n`);
      return code === 0 ? 2 : code;
    }
    if (!quiet) {
      const storages = merged.allocations.reduce((n, a) => n + a.storages, 0);
      const note = traces.length === 0 ? " (no traced process created an array — does COMMAND run node and import ndalias?)" : "";
      io.stderr.write(
        `ndalias trace: wrote ${out} — ${traces.length} process${traces.length === 1 ? "" : "es"}, ${storages} storage${storages === 1 ? "" : "s"}, ` +
          `${merged.writes.length} write site${merged.writes.length === 1 ? "" : "s"}, ${merged.observations.length} observed write→read pair${merged.observations.length === 1 ? "" : "s"}${note}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return code;
}

function signalNumber(sig: NodeJS.Signals): number | undefined {
  const table: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 };
  return table[sig];
}

function runConfirm(args: string[], io: Io): number {
  let lint: string | undefined;
  const traces: string[] = [];
  let format = "text";
  let fail = true;
  let output: string | undefined;
  let color: boolean | undefined;
  const value = (i: number, a: string): string => {
    const v = args[i];
    if (v === undefined || (v.startsWith("-") && v !== "-")) throw new UsageError(`${a} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    let a = args[i]!;
    let inline: string | undefined;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = (): string => (inline !== undefined ? inline : value(++i, a));
    switch (a) {
      case "-h":
      case "--help":
        io.stdout.write(CONFIRM_HELP);
        return 0;
      case "--lint":
        lint = take();
        break;
      case "--trace":
        traces.push(take());
        break;
      case "-f":
      case "--format":
        format = take();
        break;
      case "-o":
      case "--output":
        output = take();
        break;
      case "--no-fail":
        fail = false;
        break;
      case "--color":
        color = true;
        break;
      case "--no-color":
        color = false;
        break;
      default:
        throw new UsageError(`unknown argument for confirm: ${args[i]}`);
    }
  }
  if (lint === undefined) throw new UsageError("confirm needs --lint REPORT.json (from eslint -f json)");
  if (traces.length === 0) throw new UsageError("confirm needs --trace TRACE.json (from ndalias trace)");
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new UsageError(`unknown --format ${JSON.stringify(format)}; allowed: text, json, sarif`);
  }
  const report = readLintReport(lint);
  const trace = loadTraces(traces);
  const items = confirmFindings(report, trace);
  let text: string;
  if (format === "json") text = formatJson(items);
  else if (format === "sarif") text = formatSarif(items, { toolVersion: packageVersion(), srcRoot: process.cwd() });
  else text = formatText(items, (color ?? (output === undefined && useColor(io.stdout))) ? ANSI : PLAIN);
  if (output !== undefined) writeFileSync(output, text);
  else io.stdout.write(text);
  return fail && countOf(items).confirmed > 0 ? 1 : 0;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const help = HELP.replace("<version>", packageVersion());
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined) {
      io.stderr.write(help);
      return 2;
    }
    if (cmd === "-h" || cmd === "--help" || cmd === "help") {
      if (cmd === "help" && rest[0] === "trace") io.stdout.write(TRACE_HELP);
      else if (cmd === "help" && rest[0] === "confirm") io.stdout.write(CONFIRM_HELP);
      else io.stdout.write(help);
      return 0;
    }
    if (cmd === "-v" || cmd === "--version") {
      io.stdout.write(packageVersion() + "\n");
      return 0;
    }
    if (cmd === "trace") return await runTrace(rest, io);
    if (cmd === "confirm") return runConfirm(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(cmd)}; commands: trace, confirm (see ndalias --help)`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`ndalias: ${e.message}\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof TraceFormatError) {
      io.stderr.write(`ndalias: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** True when this module is the process's entry (also through the npm bin symlink). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ndalias: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
