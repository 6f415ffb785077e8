// Lint-cost benchmark: what the four ndalias rules add to typed linting.
//
// Generates a code base of numeric TypeScript files (layers, solvers, signal
// filters, simulations, statistics helpers that import each other, with views,
// in-place updates, object-dtype registries and a few real aliasing bugs),
// then times fresh `eslint` processes on it:
//   on  = typed linting (parser with `project`) + ndalias recommended rules
//   off = the same typed linting without the plugin (loading it is part of its cost)
//   floor = the same typed linting with one trivial type-aware rule instead (it
//           asks the checker for one type per top-level statement): what any
//           type-aware rule costs before it does anything, shown for context
// alternating on/off (order flipped every round). The headline is the median of
// each round's ratio (on/off in the same round, adjacent in time: steady when the
// machine's speed drifts); medians over rounds of wall time and of the eslint
// process's CPU time (user + system) are shown beside it. The
// baseline builds the same TypeScript program, so the ratio is the rules' own
// cost. Before timing, one JSON run checks that the rules really ran (findings
// on the planted bugs) and that the baseline reports nothing.
//
// Usage: node bench/lint.mjs [files=200] [rounds=3] [--per-rule]     (npm run bench:lint builds first)
// Prints the ratio at `files`, then 100/200/400 files to show how the cost grows. With
// --per-rule, the rounds at `files` also time each rule alone (loading the plugin, and the shared
// analysis for the three rules that use it, count in each).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const eslintBin = join(root, "node_modules", "eslint", "bin", "eslint.js");
const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = Number(positional[0] ?? 200);
const rounds = Math.max(3, Number(positional[1] ?? 3));
const perRule = process.argv.includes("--per-rule");
const ruleNames = perRule ? Object.keys((await import(join(root, "dist", "src", "eslint-plugin.js"))).default.rules) : [];
const TARGET = 1.10;

/** File i of the code base. Every 7th file carries one planted bug (7 and 6 coprime: every kind of file gets some). */
function program(i) {
  const k = i % 6;
  const dep = i >= 6 ? `import { normalize${i - 6 - ((i - 6) % 6) + 2} as norm } from "./f${i - 6 - ((i - 6) % 6) + 2}.js";\n` : "";
  const use = i >= 6 ? "norm" : "((x: NDArray) => x.copy())";
  const bug = i % 7 === 0;
  if (k === 0) return `import { zeros, ones, NDArray } from "ndalias";
${dep}/** A dense layer with momentum SGD. */
export class Layer${i} {
  w: NDArray = ones([8, 8]);
  b: NDArray = zeros(8);
  vw: NDArray = zeros([8, 8]);
  forward(x: NDArray): NDArray {
    const y = this.w.mul(x).add(this.b);
    return ${use}(y);
  }
  step(g: NDArray, lr: number, mu = 0.9): void {
    this.vw.imul(mu);
    this.vw.iadd(g.mul(lr));
    this.w.isub(this.vw);
  }
  snapshot(): NDArray {
    ${bug ? "const w = this.w;\n    w.fill(0); // planted: no-alias-mutation\n    return this.w.copy();" : "const w = this.w.copy();\n    return w;"}
  }
}
`;
  if (k === 1) return `import { arange, zeros, NDArray } from "ndalias";
/** Moving-window sums over views. */
export function window${i}(a: NDArray, n: number): NDArray {
  const out = zeros(Math.max(0, a.size - n + 1));
  for (let s = 0; s + n <= a.size; s++) {
    const v = a.slice(\`\${s}:\${s + n}\`);
    out.set(s, v.sum());
  }
  return out;
}
export function smooth${i}(a: NDArray): NDArray {
  const c = a.copy();
  c.slice("1:-1").iadd(a.slice(":-2")).iadd(a.slice("2:")).idiv(3); // c[1:-1] += ..., the chained-view idiom
  return c;
}
${bug ? `export function head${i}(a: NDArray): number {\n  const h = a.slice(":2");\n  h.fill(0); // planted: no-view-mutation\n  return a.sum();\n}\n` : ""}export const data${i} = arange(64);
`;
  if (k === 2) return `import { array, NDArray } from "ndalias";
/** Standardises x, returning a new array. */
export function normalize${i}(x: NDArray): NDArray {
  const m = x.mean();
  const c = x.sub(m);
  const sd = Math.sqrt(c.mul(c).mean());
  c.idiv(Math.max(1e-9, sd));
  return c;
}
export function minmax${i}(x: NDArray): [number, number] {
  return [x.min(), x.max()];
}
${bug ? `export function lost${i}(x: NDArray): NDArray {\n  x.take([0, 1]).fill(0); // planted: no-lost-write\n  return x;\n}\n` : ""}console.log(normalize${i}(array([1, 2, 3, 4])).tolist(), minmax${i}(array([3, 1, 2])));
`;
  if (k === 3) return `import { empty, zeros, NDArray } from "ndalias";
${dep}interface State${i} { pos: NDArray; vel: NDArray; acc: NDArray }
/** Explicit Euler integration. */
export function simulate${i}(steps: number, dt = 0.01): State${i} {
  const s: State${i} = { pos: zeros(3), vel: zeros(3), acc: zeros(3) };
  for (let t = 0; t < steps; t++) {
    s.acc.fill(-9.81 * dt);
    s.vel.iadd(s.acc);
    s.pos.iadd(s.vel.mul(dt));
  }
  const reg = empty(3, "object");
  reg.set(0, s.pos);
  reg.set(1, s.vel);
  ${bug ? "reg.set(2, reg); // planted: no-reference-cycle" : "reg.set(2, s.acc);"}
  console.log(${use}(s.pos).sum());
  return s;
}
`;
  if (k === 4) return `import { eye, zeros, NDArray } from "ndalias";
/** Jacobi iterations for a diagonally dominant system. */
export function jacobi${i}(a: NDArray, b: NDArray, iters = 20): NDArray {
  const n = b.size;
  let x = zeros(n);
  for (let it = 0; it < iters; it++) {
    const next = zeros(n);
    for (let r = 0; r < n; r++) {
      let acc = b.get(r) as number;
      for (let c = 0; c < n; c++) if (c !== r) acc -= (a.get(r, c) as number) * (x.get(c) as number);
      next.set(r, acc / (a.get(r, r) as number));
    }
    x = next;
  }
  return x;
}
export const identity${i} = eye(4);
${bug ? `export function scaleRows${i}(m: NDArray): NDArray {\n  const t = m.T;\n  t.imul(2); // planted: no-view-mutation\n  return m;\n}\n` : ""}`;
  return `import { linspace, NDArray } from "ndalias";
/** A first-order low-pass filter and summary statistics. */
export class Filter${i} {
  private state = 0;
  constructor(readonly alpha: number) {}
  run(signal: NDArray): NDArray {
    const out = signal.copy();
    for (let t = 0; t < out.size; t++) {
      this.state = this.alpha * (signal.get(t) as number) + (1 - this.alpha) * this.state;
      out.set(t, this.state);
    }
    return out;
  }
}
export function stats${i}(x: NDArray) {
  const sorted = ${bug ? "x;\n  sorted.sort(); // planted: no-alias-mutation" : "x.copy().sort();"}
  return { min: sorted.min(), max: sorted.max(), mean: x.mean() };
}
console.log(stats${i}(new Filter${i}(0.3).run(linspace(0, 1, 32))));
`;
}

function makeProject(n) {
  const dir = join(root, "bench", `.lint-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "src", `f${i}.ts`), program(i));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["ES2022", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext",
      strict: true, noEmit: true, skipLibCheck: true, types: ["node"] },
    include: ["src/*.ts"],
  }));
  // CPU time of the eslint process, printed at exit (robust when other work shares the cores)
  writeFileSync(join(dir, "cpu.cjs"), `process.on("exit", () => { const u = process.cpuUsage(); require("fs").writeSync(2, "\\nNDALIAS_BENCH_CPU " + ((u.user + u.system) / 1000).toFixed(1) + "\\n"); });\n`);
  // inside this package: `ndalias` resolves by self-reference to dist/, as an installed copy would
  const rulesOf = {
    on: "plugin.configs.recommended",
    // without the plugin: loading it (and what it loads) is part of what the rules cost
    off: "{ rules: {} }",
    // the least any type-aware rule costs: the type checker, and one type per top-level statement
    floor: "{ plugins: { floor: { rules: { typed: typedRule } } }, rules: { \"floor/typed\": \"error\" } }",
  };
  for (const r of ruleNames) rulesOf[`rule-${r}`] = `{ plugins: { ndalias: plugin }, rules: { "ndalias/${r}": "error" } }`;
  for (const [mode, rules] of Object.entries(rulesOf)) {
    writeFileSync(join(dir, `eslint.${mode}.config.mjs`), `
import tsParser from "@typescript-eslint/parser";
${mode === "on" || mode.startsWith("rule-") ? `import plugin from "ndalias/eslint-plugin";` : ""}
const typedRule = {
  meta: { type: "problem", schema: [] },
  create(context) {
    return {
      Program(node) {
        const services = context.sourceCode.parserServices;
        const checker = services.program.getTypeChecker();
        for (const st of node.body) checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(st));
      },
    };
  },
};
export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } } },
  ${rules},
];
`);
  }
  return dir;
}

/** Runs eslint in a fresh process; returns its stdout and the CPU time (user + system, all threads) it used. */
function eslint(dir, mode, extra = []) {
  const args = ["--require", join(dir, "cpu.cjs"), eslintBin, "--no-config-lookup", "-c", `eslint.${mode}.config.mjs`, ...extra, "src"];
  const r = spawnSync("node", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`eslint (${mode}) failed with status ${r.status}:\n${r.stderr}`); // 1 = findings
  const { stdout, stderr } = r;
  const m = /NDALIAS_BENCH_CPU ([\d.]+)/.exec(stderr ?? "");
  return { stdout, cpu: m ? Number(m[1]) : NaN };
}

function time(dir, mode) {
  const t0 = process.hrtime.bigint();
  const { cpu } = eslint(dir, mode);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu };
}

/**
 * One JSON run per mode: nothing fatal, the baseline silent, and the rules'
 * findings compared with the planted bugs (lines marked `// planted: RULE`).
 */
function check(dir) {
  const run = (mode) => JSON.parse(eslint(dir, mode, ["-f", "json"]).stdout);
  const on = run("on"), off = run("off");
  const fatal = [...on, ...off].flatMap((r) => r.messages.filter((m) => m.fatal));
  if (fatal.length > 0) throw new Error(`fatal lint errors: ${JSON.stringify(fatal.slice(0, 3))}`);
  const offMsgs = off.flatMap((r) => r.messages);
  if (offMsgs.length > 0) throw new Error(`baseline reported ${JSON.stringify(offMsgs.slice(0, 3))}`);
  const byRule = {};
  let tp = 0, fp = 0, fn = 0;
  const fps = [];
  for (const r of on) {
    const lines = readFileSync(r.filePath, "utf8").split("\n");
    const planted = new Set();
    lines.forEach((l, k) => { const m = /\/\/ planted: (\S+)/.exec(l); if (m) planted.add(`${k + 1} ndalias/${m[1]}`); });
    const got = new Set(r.messages.map((m) => `${m.line} ${m.ruleId}`));
    for (const m of r.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
    for (const g of got) if (planted.has(g)) tp++; else { fp++; fps.push(`${r.filePath.split("/").pop()}:${g}`); }
    for (const p of planted) if (!got.has(p)) fn++;
  }
  if (tp === 0) throw new Error("the ndalias rules found none of the planted bugs: are they running?");
  return { files: on.length, byRule, tp, fp, fn, fps: fps.slice(0, 5) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(n) {
  const dir = makeProject(n);
  const found = check(dir); // also warms the file cache
  const modes = ["on", "off", "floor", ...(n === files ? ruleNames.map((r) => `rule-${r}`) : [])];
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  for (let r = 0; r < rounds; r++) {
    // alternate, flipping the order every round so drift does not favour one side
    const order = r % 2 === 0 ? modes : [...modes].reverse();
    for (const mode of order) runs[mode].push(time(dir, mode));
  }
  rmSync(dir, { recursive: true, force: true });
  const planted = Math.ceil(n / 7);
  const med = (xs, k) => median(xs.map((x) => x[k]));
  // Each round's own ratio: its runs are adjacent in time, so a machine that slows down or speeds
  // up between rounds moves both sides of it together.
  const paired = (k, mode = "on") => median(runs[mode].map((x, r) => x[k] / runs.off[r][k]));
  const rules = n !== files ? [] : ruleNames.map((r) => ({ rule: r, wall: med(runs[`rule-${r}`], "wall"), pairedWall: paired("wall", `rule-${r}`) }));
  return {
    n, on: med(runs.on, "wall"), off: med(runs.off, "wall"), onCpu: med(runs.on, "cpu"), offCpu: med(runs.off, "cpu"),
    floor: med(runs.floor, "wall"), floorCpu: med(runs.floor, "cpu"), found, planted, pairedWall: paired("wall"), pairedCpu: paired("cpu"),
    rules,
  };
}

const fmt = (m) => `median of each round's ratio: wall ${m.pairedWall.toFixed(3)}, CPU ${m.pairedCpu.toFixed(3)}; ` +
  `wall: with ndalias ${m.on.toFixed(0)} ms, typed linting alone ${m.off.toFixed(0)} ms, ratio ${(m.on / m.off).toFixed(3)}; ` +
  `CPU: ${m.onCpu.toFixed(0)} vs ${m.offCpu.toFixed(0)} ms, ratio ${(m.onCpu / m.offCpu).toFixed(3)}, ndalias adds ${(m.onCpu - m.offCpu).toFixed(0)} ms CPU (${((m.onCpu - m.offCpu) / m.n).toFixed(2)} ms/file)`;
const fmtFloor = (m) => `one trivial type-aware rule instead: CPU ${m.floorCpu.toFixed(0)} ms, ratio ${(m.floorCpu / m.offCpu).toFixed(3)} ` +
  `(wall ${(m.floor / m.off).toFixed(3)}); ndalias vs that rule: CPU ratio ${(m.onCpu / m.floorCpu).toFixed(3)}`;

console.log(`bench:lint — fresh eslint processes, typed linting (project) with vs without the ndalias rules, ${rounds} alternating rounds, medians`);
const results = new Map();
const main = measure(files);
results.set(files, main);
console.log(`files=${files}: ${fmt(main)}`);
console.log(`  target ratio <= ${TARGET.toFixed(2)} (median of the rounds' ratios): wall ${main.pairedWall <= TARGET ? "met" : "NOT met"}, CPU ${main.pairedCpu <= TARGET ? "met" : "NOT met"}`);
console.log(`  ${fmtFloor(main)}`);
const f = main.found;
console.log(`  findings on ${f.files} files: ${JSON.stringify(f.byRule)}; planted bugs ${main.planted}: ${f.tp} found, ${f.fn} missed, ${f.fp} other findings${f.fps.length ? ` (e.g. ${f.fps.join(", ")})` : ""}`);
for (const r of main.rules) {
  console.log(`  ${r.rule} alone: wall ${r.wall.toFixed(0)} ms, median of each round's ratio ${r.pairedWall.toFixed(3)}`);
}
console.log("scaling:");
for (const n of [100, 200, 400]) {
  const m = results.get(n) ?? measure(n);
  results.set(n, m);
  console.log(`  ${String(n).padStart(3)} files: ${fmt(m)}`);
  console.log(`            ${fmtFloor(m)}`);
}
const a = results.get(100), b = results.get(400);
console.log(`growth 100 -> 400 files (x4 files), CPU: with ndalias x${(b.onCpu / a.onCpu).toFixed(2)}, typed linting alone x${(b.offCpu / a.offCpu).toFixed(2)}, ndalias's own cost x${((b.onCpu - b.offCpu) / Math.max(1, a.onCpu - a.offCpu)).toFixed(2)}; wall: x${(b.on / a.on).toFixed(2)} vs x${(b.off / a.off).toFixed(2)}`);
