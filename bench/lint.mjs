// Lint-cost benchmark: typed linting with the four ndalias rules vs the same
// typed linting with no ndalias rules, fresh eslint processes, alternating.
// Usage: node bench/lint.mjs [files=200] [rounds=3]
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const eslintBin = join(root, "node_modules", "eslint", "bin", "eslint.js");
const files = Number(process.argv[2] ?? 200);
const rounds = Math.max(3, Number(process.argv[3] ?? 3));

function program(i) {
  const k = i % 4;
  if (k === 0) return `import { zeros, NDArray } from "ndalias";
export class Layer${i} {
  w: NDArray = zeros([4, 4]);
  b: NDArray = zeros(4);
  forward(x: NDArray): NDArray { return this.w.mul(x).add(this.b); }
  step(g: NDArray, lr: number): void { this.w.isub(g.mul(lr)); }
}
`;
  if (k === 1) return `import { arange, NDArray } from "ndalias";
export function window${i}(a: NDArray, n: number): number {
  let total = 0;
  for (let s = 0; s + n <= a.size; s++) { const v = a.slice(\`\${s}:\${s + n}\`); total += v.sum(); }
  return total;
}
export const data${i} = arange(32);
`;
  if (k === 2) return `import { array, NDArray } from "ndalias";
export function normalize${i}(x: NDArray): NDArray {
  const m = x.mean();
  const c = x.sub(m);
  c.idiv(Math.max(1e-9, Math.sqrt(c.mul(c).mean())));
  return c;
}
console.log(normalize${i}(array([1, 2, 3, 4])).tolist());
`;
  return `import { empty, zeros, NDArray } from "ndalias";
interface State${i} { pos: NDArray; vel: NDArray }
export function simulate${i}(steps: number): State${i} {
  const s: State${i} = { pos: zeros(3), vel: zeros(3) };
  for (let t = 0; t < steps; t++) { s.vel.iadd(0.1); s.pos.iadd(s.vel); }
  const reg = empty(2, "object"); reg.set(0, s.pos);
  return s;
}
`;
}

function makeProject(n) {
  const dir = join(root, "bench", `.lint-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src"), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "src", `f${i}.ts`), program(i));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["ES2022", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext",
      strict: true, noEmit: true, skipLibCheck: true },
    include: ["src/*.ts"],
  }));
  for (const withRules of [true, false]) {
    writeFileSync(join(dir, `eslint.${withRules ? "on" : "off"}.config.mjs`), `
import tsParser from "@typescript-eslint/parser";
import plugin from "ndalias/eslint-plugin";
export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } } },
  ${withRules ? "plugin.configs.recommended" : "{ plugins: { ndalias: plugin } }"},
];
`);
  }
  return dir;
}

function time(dir, mode) {
  const t0 = process.hrtime.bigint();
  try {
    execFileSync("node", [eslintBin, "--no-config-lookup", "-c", `eslint.${mode}.config.mjs`, "src"], { cwd: dir, stdio: "pipe" });
  } catch (e) {
    if (e.status !== 1) throw e; // 1 = findings
  }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(n) {
  const dir = makeProject(n);
  const on = [], off = [];
  time(dir, "off"); // warm the file cache
  for (let r = 0; r < rounds; r++) { on.push(time(dir, "on")); off.push(time(dir, "off")); }
  rmSync(dir, { recursive: true, force: true });
  return { n, on: median(on), off: median(off) };
}

const main = measure(files);
console.log(`files=${files} rounds=${rounds}: with ndalias ${main.on.toFixed(0)} ms, without ${main.off.toFixed(0)} ms, ratio ${(main.on / main.off).toFixed(3)} (target <= 1.10)`);
for (const n of [100, 200, 400]) {
  const m = n === files ? main : measure(n);
  console.log(`scaling: ${n} files: with ndalias ${m.on.toFixed(0)} ms, without ${m.off.toFixed(0)} ms, ratio ${(m.on / m.off).toFixed(3)}`);
}
