#!/usr/bin/env node
// Long crash-freedom fuzz run of the ndalias rules (the CI-sized run is
// test/plugin/fuzz.test.ts). Needs a build (`npm run build`): it lints with dist/.
//
//   node scripts/fuzz-long.mjs [COUNT=2000] [SEED=time] [--every=N] [--batch=N] [--eslump|--mutants] [--stop]
//
// Program i is generated from seed SEED+i alone (eslump JavaScript or a corpus
// mutant, chosen by that seed), so `node scripts/fuzz-long.mjs 1 S` replays the
// program of seed S. Prints progress every N programs (default 100) and a
// summary; exits 1 when any program crashed a rule, produced a fix that does
// not parse, or could not be linted although it parses. Failing programs are
// saved to scripts/.fuzz-failures/.
//
// typescript-eslint picks its mode for `project` from the environment: with
// CI=true (or TSESTREE_SINGLE_RUN=true) it is a single run, whose fix passes
// after the first are parsed without types. The header line says which mode
// ran; set TSESTREE_SINGLE_RUN=true or false to choose.
import { ESLint } from "eslint";
import tsParser, { clearCaches } from "@typescript-eslint/parser";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { eslumpProgram, fuzzConfig, lintOne, mutantProgram, rng, seedPrograms, writeWorkspace } from "./fuzz-lib.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flag = (name) => process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const flagValue = (name, dflt) => { const f = flag(name); return f && f.includes("=") ? Number(f.split("=")[1]) : dflt; };

const count = Number(positional[0] ?? 2000);
const seed = (positional[1] !== undefined ? Number(positional[1]) : Date.now() % 2 ** 31) >>> 0;
const every = flagValue("every", 100);
const batch = Math.max(1, flagValue("batch", 100));
const only = flag("eslump") ? "eslump" : flag("mutants") ? "mutants" : undefined;
const stopAtFirst = Boolean(flag("stop"));
if (!Number.isInteger(count) || count < 1 || !Number.isFinite(seed)) {
  console.error("usage: node scripts/fuzz-long.mjs [COUNT] [SEED] [--every=N] [--batch=N] [--eslump|--mutants] [--stop]");
  process.exit(2);
}
const built = join(root, "dist", "src", "eslint-plugin.js");
if (!existsSync(built)) {
  console.error("dist/ is missing: run `npm run build` first");
  process.exit(2);
}
const plugin = (await import(pathToFileURL(built).href)).default;
const bases = seedPrograms(root);

const work = join(root, "scripts", `.fuzz-${process.pid}`);
const failDir = join(root, "scripts", ".fuzz-failures");
const counts = { ok: 0, crash: 0, "broken-fix": 0, unparsed: 0, fatal: 0 };
const byKind = {};
const failures = [];
const slowest = [];
let findings = 0, fixed = 0;
const t0 = Date.now();

/** Program of seed s: eslump JavaScript or a TypeScript mutant. */
function programOf(s) {
  const kind = only ?? (rng(s ^ 0x9e3779b9)() < 0.5 || bases.length === 0 ? "eslump" : "mutants");
  if (kind === "eslump") { const p = eslumpProgram(s); return { ext: "js", code: p.code, kind: p.kind, from: "eslump" }; }
  const m = mutantProgram(s, bases);
  return { ext: "ts", code: m.code, kind: "mutant", from: m.from };
}

const singleRun = process.env.TSESTREE_SINGLE_RUN !== undefined ? process.env.TSESTREE_SINGLE_RUN === "true" : process.env.CI === "true";
console.log(`fuzz-long: ${count} programs from seed ${seed}${only ? ` (${only} only)` : ""}, ${bases.length} seed programs for mutants, ${singleRun ? "single run: fix passes untyped" : "editor mode: fix passes typed"} (TSESTREE_SINGLE_RUN)`);
let done = 0;
outer: for (let start = 0; start < count; start += batch) {
  // each batch: a fresh workspace and typed program (caches cleared), all files present before linting
  const dir = join(work, `b${start}`);
  rmSync(work, { recursive: true, force: true });
  writeWorkspace(dir, root);
  clearCaches();
  const items = [];
  for (let i = start; i < Math.min(count, start + batch); i++) {
    const s = (seed + i) >>> 0;
    const p = programOf(s);
    const file = join(dir, `p${i}.${p.ext}`);
    writeFileSync(file, p.code);
    items.push({ s, file, ...p });
  }
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, fix: true, overrideConfig: fuzzConfig(dir, tsParser, plugin) });
  for (const it of items) {
    const t1 = performance.now();
    const res = await lintOne(eslint, it.file, it.code);
    const ms = performance.now() - t1;
    slowest.push({ seed: it.s, kind: it.kind, ms });
    slowest.sort((x, y) => y.ms - x.ms);
    slowest.length = Math.min(slowest.length, 5);
    counts[res.status]++;
    byKind[it.kind] = (byKind[it.kind] ?? 0) + 1;
    findings += res.findings;
    if (res.fixed) fixed++;
    done++;
    if (res.status === "crash" || res.status === "broken-fix" || res.status === "fatal") {
      mkdirSync(failDir, { recursive: true });
      const saved = join(failDir, `${it.s}.${it.ext}`);
      writeFileSync(saved, it.code);
      failures.push({ seed: it.s, status: res.status, kind: it.kind, from: it.from, saved });
      console.log(`\n${res.status.toUpperCase()} seed ${it.s} (${it.kind}${it.kind === "mutant" ? ` of ${it.from}` : ""})`);
      console.log(`  replay: node scripts/fuzz-long.mjs 1 ${it.s}${only ? ` --${only}` : ""}`);
      console.log(`  program: ${saved}`);
      console.log(`  ${String(res.error ?? "").split("\n").slice(0, 8).join("\n  ")}`);
      if (stopAtFirst) break outer;
    }
    if (done % every === 0) {
      const secs = (Date.now() - t0) / 1000;
      console.log(`[${done}/${count}] ok ${counts.ok}, unparsed ${counts.unparsed}, crashes ${counts.crash}, broken fixes ${counts["broken-fix"]}, fatal ${counts.fatal}; ${findings} findings, ${fixed} fixed; ${(done / secs).toFixed(1)} programs/s`);
    }
  }
}
rmSync(work, { recursive: true, force: true });

const secs = ((Date.now() - t0) / 1000).toFixed(1);
console.log(`\nsummary: ${done} programs from seed ${seed} in ${secs} s`);
console.log(`  kinds: ${JSON.stringify(byKind)}`);
console.log(`  outcomes: ${JSON.stringify(counts)}`);
console.log(`  ndalias findings ${findings}, files changed by fixes ${fixed}`);
console.log(`  slowest: ${slowest.map((x) => `seed ${x.seed} (${x.kind}) ${x.ms.toFixed(0)} ms`).join(", ")}`);
if (failures.length > 0) {
  console.log(`  FAILED: ${failures.length} program(s): ${failures.map((f) => `${f.status} seed ${f.seed}`).join(", ")}`);
  process.exit(1);
}
console.log("  no crashes, every fix re-parses");
