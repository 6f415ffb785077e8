// The runnable programs of the lint corpora (line 2 `// runnable`): the shared one
// (../shared/corpus/lint) and the project's own (test/corpus/lint). Each runs traced with tsx; a
// lint report is built from their `// expect: RULE` comments (so confirm is tested independently
// of the rules) and every expected finding must be `confirmed`, or `not-observed` when its comment
// says so.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REGISTER, ROOT, cleanEnv, cli, requireBuild, sandbox } from "./helpers.js";

const SHARED = resolve(ROOT, "..", "shared", "corpus", "lint");
const present = existsSync(SHARED);
if (!present) console.warn(`[test/cli/corpus] shared corpus skipped: ${SHARED} is absent`);

interface Expected {
  file: string;
  line: number;
  rule: string;
  status: "confirmed" | "not-observed";
}

function expectationsOf(file: string, text: string): Expected[] {
  const out: Expected[] = [];
  text.split("\n").forEach((l, i) => {
    const m = /\/\/\s*expect:\s*(.+)$/.exec(l);
    if (m === null) return;
    for (const part of m[1]!.split(",")) {
      const [rule, status] = part.trim().split(/\s+/);
      out.push({ file, line: i + 1, rule: rule!.replace(/^ndalias\//, ""), status: status === "not-observed" ? "not-observed" : "confirmed" });
    }
  });
  return out;
}

/** Runs a program (traced when `out` is given); stdout and stderr apart, as their interleaving is not deterministic. */
function runTraced(file: string, out: string | null): Promise<{ code: number; output: string }> {
  const args = out === null ? ["--import", "tsx", file] : ["--import", "tsx", "--import", REGISTER, file];
  return new Promise((res) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: cleanEnv(out === null ? {} : { NDALIAS_TRACE_OUT: out }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => res({ code: code ?? 1, output: `${stdout}\n--- stderr ---\n${stderr}` }));
  });
}

/**
 * `plainEvery`: the untraced run, to compare what a program prints, for every n-th program only
 * (tracing is the same code for every program; the traced run, which gives the statuses, is for all).
 */
function runnableSuite(label: string, corpus: string, skip: boolean, plainEvery = 1): void {
describe.skipIf(skip)(`runnable ${label} programs: expected findings are confirmed`, () => {
  let dir = "";
  let files: string[] = [];
  const expected: Expected[] = [];
  let statuses: { filePath: string; line: number; ruleId: string; status: string; evidence: string }[] = [];
  const outputs = new Map<string, { traced: string; plain: string }>();

  beforeAll(async () => {
    requireBuild();
    dir = sandbox(`corpus-trace-${label}`);
    const names = readdirSync(corpus)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .filter((f) => readFileSync(join(corpus, f), "utf8").split("\n")[1]?.trim() === "// runnable");
    files = names.map((f) => {
      const p = join(dir, f);
      copyFileSync(join(corpus, f), p);
      expected.push(...expectationsOf(p, readFileSync(p, "utf8")));
      return p;
    });
    // run two at a time
    const traces = join(dir, "traces");
    let next = 0;
    const failures: string[] = [];
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const i = next++;
        const f = files[i]!;
        const r = await runTraced(f, join(traces, `${i + 1}.json`));
        if (r.code !== 0) failures.push(`${f}: exit ${r.code}\n${r.output}`);
        if (i % plainEvery !== 0) continue;
        const plain = await runTraced(f, null);
        outputs.set(f, { traced: r.output, plain: plain.output });
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
    const report = files.map((f) => ({
      filePath: f,
      messages: expected.filter((e) => e.file === f).map((e) => ({ ruleId: `ndalias/${e.rule}`, severity: 2, message: e.rule, line: e.line, column: 1 })),
    }));
    const lint = join(dir, "report.json");
    writeFileSync(lint, JSON.stringify(report));
    const r = cli(["confirm", "--lint", lint, "--trace", traces, "--format", "json"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    statuses = JSON.parse(r.stdout) as typeof statuses;
  }, 600_000);

  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  test("there are runnable programs with expectations", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(expected.length).toBeGreaterThanOrEqual(files.length);
  });

  test("tracing does not change what the programs print", () => {
    expect(outputs.size).toBe(Math.ceil(files.length / plainEvery));
    for (const [f, o] of outputs) expect(o.traced, f).toBe(o.plain);
  });

  test("every expected finding has the expected status", () => {
    const got = statuses.map((s) => ({ file: s.filePath, line: s.line, rule: s.ruleId.replace(/^ndalias\//, ""), status: s.status }));
    const mismatches = expected
      .map((e, i) => ({ e, g: got[i] }))
      .filter(({ e, g }) => g === undefined || g.file !== e.file || g.line !== e.line || g.rule !== e.rule || g.status !== e.status)
      .map(({ e, g }) => `${e.file.split("/").pop()}:${e.line} ${e.rule}: expected ${e.status}, got ${g?.status} — ${statuses.find((s) => s.filePath === e.file && s.line === e.line)?.evidence}`);
    const confirmed = statuses.filter((s) => s.status === "confirmed").length;
    console.log(`[corpus ${label}] ${files.length} runnable programs, ${expected.length} expected findings, ${confirmed} confirmed, ${expected.length - confirmed} not-observed, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(got).toHaveLength(expected.length);
  });
});
}

runnableSuite("shared", SHARED, !present);
runnableSuite("project", join(ROOT, "test", "corpus", "lint"), false, 3);
