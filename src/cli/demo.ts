/**
 * `npm run demo`: lints `examples/` with `ndalias/eslint-plugin`'s recommended
 * config (typed linting), runs every example with the tracer preloaded, and
 * confirms the lint findings against the traces. Prints what it gets: the
 * findings come from the rules as they are today.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { findPackageRoot } from "../trace/sites.js";
import { mergeTraces, readTraceFile, type TraceFile } from "../trace/index.js";
import { NDALIAS_RULES, canonicalPath, confirmFindings, type LintResult } from "./confirm.js";
import { ANSI, PLAIN, countOf, formatText, useColor, type Colors } from "./output.js";

interface ESLintLike {
  lintFiles(patterns: string[]): Promise<LintResult[]>;
}
type ESLintCtor = new (opts: Record<string, unknown>) => ESLintLike;

const here = dirname(fileURLToPath(import.meta.url));

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function lint(root: string, files: string[]): Promise<LintResult[]> {
  const req = createRequire(join(root, "package.json"));
  const { ESLint } = (await import(pathToFileURL(req.resolve("eslint")).href)) as { ESLint: ESLintCtor };
  const parserMod = (await import(pathToFileURL(req.resolve("@typescript-eslint/parser")).href)) as { default?: unknown };
  const parser = parserMod.default ?? parserMod;
  const plugin = (await import(pathToFileURL(join(here, "..", "eslint-plugin.js")).href)) as {
    default: { configs: { recommended: Record<string, unknown> } };
  };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["examples/**/*.ts"],
        languageOptions: {
          parser,
          parserOptions: { project: join(root, "examples", "tsconfig.json"), tsconfigRootDir: join(root, "examples") },
        },
      },
      plugin.default.configs.recommended,
    ],
  });
  return eslint.lintFiles(files);
}

interface Run {
  file: string;
  code: number;
  output: string;
  ms: number;
}

function runTraced(root: string, file: string, traceDir: string): Promise<Run> {
  const register = pathToFileURL(join(here, "..", "trace", "register.js")).href;
  const t0 = performance.now();
  return new Promise((res) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--import", register, file], {
      cwd: root,
      env: { ...process.env, NDALIAS_TRACE_DIR: traceDir, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", (e) => res({ file, code: 127, output: String(e), ms: performance.now() - t0 }));
    child.on("close", (code) => res({ file, code: code ?? 1, output, ms: performance.now() - t0 }));
  });
}

/** Runs `jobs` with at most `n` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker));
  return out;
}

export async function demo(argv: string[]): Promise<number> {
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const c: Colors = useColor(process.stdout) ? ANSI : PLAIN;
  const root = findPackageRoot(here);
  if (root === null) {
    process.stderr.write("demo: cannot find the ndalias package root\n");
    return 2;
  }
  const exDir = join(root, "examples");
  const files = readdirSync(exDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(exDir, f));
  const rel = (f: string): string => relative(root, f);
  const t0 = performance.now();
  const out = (s = ""): void => void process.stdout.write(s + "\n");

  out(c.bold("ndalias demo") + ` — ${files.length} example programs in examples/: lint, run traced, confirm`);
  out();

  // 1. lint and 2. traced runs, concurrently (lint is CPU-bound in this process, runs are child processes)
  const work = mkdtempSync(join(tmpdir(), "ndalias-demo-"));
  const traceDir = join(work, "traces");
  const lintStart = performance.now();
  const lintP = lint(root, files).then((r) => ({ results: r, ms: performance.now() - lintStart }));
  const runStart = performance.now();
  const runsP = pool(
    files.map((f) => () => runTraced(root, f, traceDir)),
    2,
  ).then((r) => ({ runs: r, ms: performance.now() - runStart }));
  const [{ results, ms: lintMs }, { runs, ms: runMs }] = await Promise.all([lintP, runsP]);

  const ndFindings = results.flatMap((r) => r.messages.filter((m) => typeof m.ruleId === "string" && m.ruleId.startsWith("ndalias/")));
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.ruleId === null).map((m) => `${rel(r.filePath)}:${m.line ?? 0}: ${m.message ?? ""}`));
  out(c.bold("1. Lint") + c.dim(` (ESLint, ndalias/eslint-plugin configs.recommended, typed; ${seconds(lintMs)})`));
  for (const f of fatal) out("   " + c.red("parse error: ") + f);
  for (const r of results) {
    const ms = r.messages.filter((m) => typeof m.ruleId === "string" && m.ruleId.startsWith("ndalias/"));
    out(`   ${rel(r.filePath).padEnd(32)} ${ms.length === 0 ? c.dim("no findings") : `${ms.length} finding${ms.length === 1 ? "" : "s"}`}`);
    for (const m of ms) out(c.dim(`     ${m.line}:${m.column} ${m.ruleId}  ${(m.message ?? "").split("\n")[0]}`));
  }
  out();

  out(c.bold("2. Run traced") + c.dim(` (node --import tsx --import ndalias/trace/register; ${seconds(runMs)})`));
  let traces: TraceFile[] = [];
  let traceFiles: string[] = [];
  try {
    traceFiles = readdirSync(traceDir).filter((f) => f.endsWith(".json"));
  } catch {
    traceFiles = [];
  }
  traces = traceFiles.map((f) => readTraceFile(join(traceDir, f)));
  const trace = mergeTraces(traces);
  let failed = 0;
  for (const r of runs) {
    const mine = traces.filter((t) => t.sites.some((s) => basename(s.file) === basename(r.file)));
    const storages = mine.reduce((n, t) => n + t.allocations.reduce((k, a) => k + a.storages, 0), 0);
    const pairs = mine.reduce((n, t) => n + t.observations.length, 0);
    const status = r.code === 0 ? c.green("exit 0") : c.red(`exit ${r.code}`);
    if (r.code !== 0) failed++;
    out(`   ${rel(r.file).padEnd(32)} ${status}, ${storages} storages, ${pairs} observed write→read pairs ${c.dim(seconds(r.ms))}`);
    if (verbose || r.code !== 0) for (const l of r.output.trimEnd().split("\n")) out(c.dim("     | " + l));
  }
  out();

  const lintPath = join(work, "lint.json");
  const tracePath = join(work, "trace.json");
  writeFileSync(lintPath, JSON.stringify(results));
  writeFileSync(tracePath, JSON.stringify(trace));
  const items = confirmFindings(results, trace);
  out(c.bold("3. Confirm") + c.dim(" (ndalias confirm)"));
  const report = formatText(items, c, root)
    .trimEnd()
    .split("\n")
    .map((l) => (l === "" ? "" : "   " + l))
    .join("\n");
  out(report);
  out();

  // What the runtime saw that no finding covers: a write through one name read afterwards through another.
  const findingLines = new Set(items.map((i) => `${canonicalPath(i.filePath)}:${i.line}`));
  const hints = new Map<string, string>();
  for (const o of trace.observations) {
    const w = trace.sites[o.write]!;
    const r = trace.sites[o.read]!;
    if (w.file !== r.file || w.line === r.line || w.expr === undefined || r.expr === undefined || w.expr === r.expr) continue;
    const key = `${canonicalPath(w.file)}:${w.line}`;
    if (findingLines.has(key) || hints.has(key)) continue;
    hints.set(
      key,
      `${rel(w.file)}:${w.line}  write through \`${w.expr}\` read at line ${r.line} through \`${r.expr}\` (${o.through === "other-handle" ? "another handle" : "same memory"}, refcount ${o.refcount})`,
    );
  }
  if (hints.size > 0) {
    out(c.bold("Runtime hints") + c.dim(" (written through one name, read through another, on lines with no lint finding)"));
    for (const h of [...hints.values()].slice(0, 10)) out("   " + h);
    if (hints.size > 10) out(c.dim(`   ... ${hints.size - 10} more`));
    out();
  }

  const n = countOf(items);
  const byRule = NDALIAS_RULES.map((r) => {
    const it = items.filter((i) => i.ruleId === `ndalias/${r}`);
    const conf = it.filter((i) => i.status === "confirmed").length;
    return `${r} ${conf}/${it.length}`;
  }).join(", ");
  out(c.bold("Summary"));
  out(`   ${files.length} programs, ${ndFindings.length} lint findings, ${c.bold(String(n.confirmed))} confirmed at runtime, ${n.notObserved} not observed, ${hints.size} runtime hints`);
  out(`   confirmed/found per rule: ${byRule}`);
  if (failed > 0) out(c.red(`   ${failed} example${failed === 1 ? "" : "s"} failed to run`));
  out(`   total ${seconds(performance.now() - t0)}; lint report and trace kept in ${work}`);
  out(c.dim(`   re-run: node ${rel(join(here, "main.js"))} confirm --lint ${lintPath} --trace ${tracePath}`));
  return failed > 0 || fatal.length > 0 ? 1 : 0;
}

demo(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
