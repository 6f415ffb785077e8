// Crash-freedom fuzzing, bounded for CI: seeded mutants of corpus/repo
// programs (TypeScript) and eslump-generated JavaScript that touches ndarrays,
// all linted with typed linting, the four rules and --fix. No rule may throw,
// and every fixed output must still parse. `scripts/fuzz-long.mjs` runs the
// same generators for as long as you like.
//
// Each set runs in both of typescript-eslint's modes for `project`: the
// editor's (every fix pass re-typed in an updated program) and the CLI's
// single run (`eslint --fix` in CI: fix passes after the first are parsed in
// an isolated program, so nothing resolves and every import is untyped). The
// mode is pinned with TSESTREE_SINGLE_RUN, so results do not depend on `CI`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import plugin from "../../src/eslint-plugin.js";
import { eslumpProgram, fuzzConfig, lintOne, mutantProgram, seedPrograms, writeWorkspace, type LintStatus } from "../../scripts/fuzz-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = join(root, "test", "plugin", `.fuzz-${process.pid}`);
const MUTANTS = 150;
const ESLUMP = 150;
const ESLUMP_SEED = 20_260_001;
const MUTANT_SEED = 12_345;

interface Case { file: string; code: string; kind: string; replay: string }
const cases: Case[] = [];
let eslint: ESLint;

beforeAll(() => {
  writeWorkspace(work, root);
  const base = seedPrograms(root);
  for (let n = 0; n < MUTANTS && base.length > 0; n++) {
    const seed = MUTANT_SEED + n;
    const { code, from } = mutantProgram(seed, base);
    const file = join(work, `m${n}.ts`);
    writeFileSync(file, code);
    cases.push({ file, code, kind: "mutant", replay: `mutant of ${from}: node scripts/fuzz-long.mjs 1 ${seed} --mutants` });
  }
  for (let n = 0; n < ESLUMP; n++) {
    const seed = ESLUMP_SEED + n;
    const p = eslumpProgram(seed);
    const file = join(work, `e${n}.js`);
    writeFileSync(file, p.code);
    cases.push({ file, code: p.code, kind: p.kind, replay: `node scripts/fuzz-long.mjs 1 ${seed} --eslump` });
  }
  // every file is in the workspace tsconfig before the typed program is built
  eslint = new ESLint({ cwd: work, overrideConfigFile: true, fix: true, overrideConfig: fuzzConfig(work, tsParser, plugin) as never });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(kind: (k: string) => boolean, singleRun: boolean) {
  const saved = process.env["TSESTREE_SINGLE_RUN"];
  process.env["TSESTREE_SINGLE_RUN"] = String(singleRun);
  try {
    return await runCases(kind, singleRun);
  } finally {
    if (saved === undefined) delete process.env["TSESTREE_SINGLE_RUN"];
    else process.env["TSESTREE_SINGLE_RUN"] = saved;
  }
}

async function runCases(kind: (k: string) => boolean, singleRun: boolean) {
  const counts: Record<LintStatus, number> = { ok: 0, crash: 0, "broken-fix": 0, unparsed: 0, fatal: 0 };
  const failures: string[] = [];
  let findings = 0, fixed = 0;
  for (const c of cases.filter((x) => kind(x.kind))) {
    const res = await lintOne(eslint, c.file, c.code);
    counts[res.status]++;
    findings += res.findings;
    if (res.fixed) fixed++;
    if (res.status === "crash" || res.status === "broken-fix" || res.status === "fatal") {
      failures.push(`${res.status} in ${c.file} (${singleRun ? "TSESTREE_SINGLE_RUN=true " : ""}${c.replay}):\n${res.error ?? ""}`);
    }
  }
  return { counts, failures, findings, fixed };
}

const MODES = [
  { singleRun: false, name: "editor mode (fix passes re-typed)" },
  { singleRun: true, name: "CLI single run (fix passes untyped)" },
];

describe.each(MODES)("crash freedom, $name", ({ singleRun }) => {
  const tag = singleRun ? "single run" : "editor";

  it(`${MUTANTS} seeded mutants of corpus/repo programs: no rule exception, fixes keep parsing`, async () => {
    expect(cases.some((c) => c.kind === "mutant")).toBe(true);
    const { counts, failures, findings, fixed } = await run((k) => k === "mutant", singleRun);
    console.log(`fuzz mutants (${tag}): ${JSON.stringify(counts)}, ${findings} ndalias findings, ${fixed} files fixed`);
    expect(failures).toEqual([]);
    // mutants often stop parsing; enough of them must still reach the rules
    expect(counts.ok).toBeGreaterThanOrEqual(MUTANTS / 3);
  }, 300_000);

  it(`${ESLUMP} eslump programs touching ndarrays (JavaScript, typed through allowJs): no rule exception, fixes keep parsing`, async () => {
    const { counts, failures, findings, fixed } = await run((k) => k.startsWith("eslump"), singleRun);
    console.log(`fuzz eslump (${tag}): ${JSON.stringify(counts)}, ${findings} ndalias findings, ${fixed} files fixed`);
    expect(failures).toEqual([]);
    // the generated programs parse and are linted with types: the rules really ran on them
    expect(counts.ok).toBeGreaterThanOrEqual(ESLUMP * 0.9);
    expect(findings).toBeGreaterThan(0);
  }, 300_000);
});
