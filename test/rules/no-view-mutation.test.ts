/**
 * no-view-mutation, written from API.md ("Lint rules") as an independent check of the rule.
 *
 * Principle (API.md): a write through one name is a finding when the memory it wrote is read
 * afterwards through a different name that already shared the memory when the write happened.
 * This rule reports it when the other name is a view (view or maybe-view method: slice, T,
 * transpose, swapaxes, flip, squeeze, expandDims, view, reshape, ravel; read-only diagonal,
 * broadcastTo), in both directions: a write through the view seen through the base, and a
 * write through the base seen through the view. Read afterwards through both an alias and a
 * view: one finding, this rule's. A chained write on an unstored view expression is the NumPy
 * `a[1:3] = 0` idiom and is not a finding.
 *
 * Case kinds:
 * - `ok`       valid code;
 * - `fixed`    a finding with the autofix that appends `.copy()` on the view expression, also
 *              offered as the `copyView` suggestion; the fixed code is added as a valid case;
 * - `detect`   a finding where API.md does not pin down which view gets the fix: only messageId
 *              and line are asserted (fix and suggestions are not).
 *
 * Also checked: every fixed output is clean under this rule and under the other ndalias rules
 * (the autofix leaves no finding; a case that expects another rule's finding says why), the
 * message names the other location, and every case type-checks under the fixture's strict
 * tsconfig (realistic code only).
 */
import { describe, expect, it } from "vitest";
import ndaliasRule from "../../rules/no-view-mutation.js";
import no_alias_mutationRule from "../../rules/no-alias-mutation.js";
import no_lost_writeRule from "../../rules/no-lost-write.js";
import { asTesterRule, caseRegistry, lineOf, runCaseSuites, typedRuleTester, withoutExtras } from "../helpers/rule-cases.js";

const { ruleTester, tsconfigRootDir } = typedRuleTester();
const rule = asTesterRule(ndaliasRule);

const MSG = "viewMutation";
const SUG = "copyView";
const H = `import { array, arange, ones, zeros, NDArray } from "ndalias";\n`;

// the cases (test/helpers/rule-cases.ts: ok, fixed, noFix, detect)
const cases = caseRegistry(H);
const { ok, fixed, detect } = cases;

// ---------------------------------------------------------------------------------------------
// valid

ok("chained writes on unnamed views (a[1:3] = 0 idiom)",
`const signal = array([5, 6, 7, 8, 9, 10]);
signal.slice(":1").fill(0);
signal.slice("-1:").fill(0);
signal.slice("2:4").imul(2);
console.log(signal.tolist());
`);

ok("chained writes through T and a column slice",
`const kernel = zeros([3, 3]);
kernel.T.fill(1);
kernel.slice(":", 1).imul(2);
kernel.idiv(kernel.sum());
console.log(kernel.tolist());
`);

ok("copy() of the view before writing",
`const prices = array([101.5, 102.25, 99.75, 100.5]);
const middle = prices.slice("1:3").copy();
middle.isub(middle.mean());
console.log(prices.tolist(), middle.tolist());
`);

ok("views read only before the base is written",
`const sales = array([[120, 95, 130], [80, 110, 105]]);
const firstStore = sales.slice(0);
const byMonth = sales.T;
const flat = sales.ravel();
const diag = sales.diagonal();
console.log(firstStore.sum(), byMonth.tolist(), flat.max(), diag.sum());
sales.imul(1.03);
console.log(sales.tolist());
`);

ok("view made after the base was written",
`const a = arange(0, 6);
a.imul(2);
const head = a.slice(":3");
console.log(head.sum(), a.sum());
`);

ok("view written and read only through itself; base not read afterwards",
`const frame = zeros([2, 3]);
const top = frame.slice(0);
top.fill(1);
console.log(top.tolist());
`);

ok("void function writes a view of its parameter on purpose",
`export function clearHeaderRow(table: NDArray): void {
  const header = table.slice(0);
  header.fill(0);
}
`);

ok("forEach callback (void context) writes a view of its parameter",
`export function zeroFirstColumns(grids: NDArray[]): void {
  grids.forEach((g) => {
    const col = g.slice(":", 0);
    col.fill(0);
  });
}
`);

ok("@ndalias write tag: writing a view of the declared parameter",
`/**
 * Zeroes the first row of m.
 * @ndalias write m
 */
export function zeroFirstRow(m: NDArray): number {
  const row = m.slice(0);
  row.fill(0);
  return row.size;
}
`);

ok("this-field written through a chained view of its own path",
`class Table {
  cells = zeros([3, 3]);
  clearRow(i: number): number {
    this.cells.slice(i).fill(0);
    return this.cells.sum();
  }
}
console.log(new Table().clearRow(1));
`);

ok("module-level array written through a chained view of its own name",
`const HISTORY = zeros(10);
export function clearRecent(): number {
  HISTORY.slice("-3:").fill(0);
  return HISTORY.sum();
}
`);

ok("view name rebound to a copy before the write",
`const a = arange(0, 4);
let w = a.slice(":2");
w = w.copy();
w.fill(0);
console.log(a.sum(), w.sum());
`);

ok("base name rebound before the write; view read afterwards",
`let a = arange(0, 4);
const head = a.slice(":2");
a = zeros(4);
a.fill(1);
console.log(head.sum(), a.sum());
`);

ok("copy-producing methods are not views (flatten, take, astype, arithmetic)",
`const m = array([[1, 2], [3, 4]]);
const f = m.flatten();
const t = m.take([0]);
const c = m.astype("float32");
const d = m.mul(2);
f.fill(0);
t.fill(0);
c.fill(0);
d.fill(0);
console.log(m.sum(), f.sum(), t.sum(), c.sum(), d.sum());
`);

ok("maybe-view copied before writing",
`const hourly = arange(1, 13);
const byShift = hourly.reshape(3, 4).copy();
byShift.assign(0, 0);
console.log(byShift.tolist(), hourly.sum());
`);

ok("helper returning a copy of a row: result is not a view",
`function firstRowCopy(m: NDArray): NDArray {
  return m.slice(0).copy();
}
export function clearedTotal(m: NDArray): number {
  const row = firstRowCopy(m);
  row.fill(0);
  return m.sum() + row.sum();
}
`);

ok("using: a view read before the base is written; disposal is not a read",
`export function settle(): number {
  const a = arange(0, 4);
  using head = a.slice(":2");
  console.log(head.sum());
  a.fill(1);
  return a.sum();
}
`);

ok("view disposed before the base is written",
`const a = arange(0, 4);
const head = a.slice(":2");
console.log(head.sum());
head.dispose();
a.fill(1);
console.log(a.sum());
`);

ok("disjoint views: the written region is not read afterwards",
`const a = arange(0, 4);
const left = a.slice(":2");
const right = a.slice("2:");
left.fill(0);
console.log(right.sum());
`);

ok("chained write on an unnamed maybe-view (reshape)",
`const a = arange(0, 4);
a.reshape(2, 2).fill(0);
console.log(a.sum());
`);

ok("base read only before the view is written",
`const a = arange(0, 4);
const head = a.slice(":2");
console.log(a.sum());
head.fill(0);
console.log(head.sum());
`);

ok("loop: view re-made each iteration after the base is written",
`export function rowTotals(start: NDArray, steps: number): number[] {
  const m = start.copy();
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    m.imul(2);
    const row = m.slice(0);
    out.push(row.sum());
  }
  return out;
}
`);

ok("any-typed values are not arrays",
`export function patch(grid: any): number {
  const row = grid.slice(0);
  row.fill(0);
  return grid.sum();
}
`);

ok("write through a plain alias read through the other name is no-alias-mutation's",
`const a = ones(3);
const b = a;
b.fill(0);
console.log(a.sum());
`);

ok("value-returning function writes a view of a local array and returns the view",
`export function header(n: number): NDArray {
  const table = zeros([n, n]);
  const first = table.slice(0);
  first.fill(1);
  return first;
}
`);

// ---------------------------------------------------------------------------------------------
// invalid, fixed by .copy() on the view

fixed("slice: write through the view, base read",
`const a = array([1, 2, 3, 4, 5]);
const s = a.slice("1:3");
s.set(0, 99);
console.log(a.tolist(), s.tolist());
`, ["s.set(0, 99)"], `a.slice("1:3");`, `a.slice("1:3").copy();`);

fixed("T: write through the transpose, base read",
`const m = array([[1, 2], [3, 4]]);
const t = m.T;
t.set([0, 1], 5);
console.log(m.tolist(), t.tolist());
`, ["t.set([0, 1], 5)"], "const t = m.T;", "const t = m.T.copy();");

fixed("transpose(): write through the view, base read",
`const m = array([[1, 2, 3], [4, 5, 6]]);
const cols = m.transpose(1, 0);
cols.imul(10);
console.log(m.sum(), cols.sum());
`, ["cols.imul(10)"], "m.transpose(1, 0);", "m.transpose(1, 0).copy();");

fixed("swapaxes(): write through the view, base read",
`const cube = zeros([2, 3, 4]);
const swapped = cube.swapaxes(0, 2);
swapped.fill(1);
console.log(cube.sum(), swapped.sum());
`, ["swapped.fill(1)"], "cube.swapaxes(0, 2);", "cube.swapaxes(0, 2).copy();");

fixed("flip(): cumulative sum written backwards in a loop, base read",
`const rain = array([2, 0, 5, 1, 3]);
const backwards = rain.flip();
for (let i = 1; i < backwards.size; i++) {
  backwards.set(i, backwards.get(i) + backwards.get(i - 1));
}
console.log(backwards.tolist(), rain.tolist());
`, ["backwards.set(i,"], "rain.flip();", "rain.flip().copy();");

fixed("squeeze(): write through the view, base read",
`const img = zeros([1, 3]);
const line = img.squeeze();
line.fill(2);
console.log(img.sum(), line.sum());
`, ["line.fill(2)"], "img.squeeze();", "img.squeeze().copy();");

fixed("expandDims(): write through the view, base read",
`const v = arange(0, 3);
const batch = v.expandDims(0);
batch.imul(2);
console.log(v.sum(), batch.sum());
`, ["batch.imul(2)"], "v.expandDims(0);", "v.expandDims(0).copy();");

fixed("view(): write through a second handle, base read",
`const weights = array([0.25, -0.5, 0.75]);
const update = array([0.01, -0.02, 0.03]);
const optimiser = weights.view();
optimiser.isub(update);
console.log(optimiser.tolist(), weights.tolist());
`, ["optimiser.isub(update)"], "weights.view();", "weights.view().copy();");

fixed("reshape() (maybe-view counts as a view)",
`const hourly = arange(1, 13);
const byShift = hourly.reshape(3, 4);
byShift.assign(0, 0);
console.log(byShift.tolist(), hourly.sum());
`, ["byShift.assign(0, 0)"], "hourly.reshape(3, 4);", "hourly.reshape(3, 4).copy();");

fixed("ravel() then sort (maybe-view counts as a view)",
`const scores = array([[0.3, 0.9], [0.7, 0.1]]);
const flat = scores.ravel();
flat.sort();
console.log(flat.get(3), scores.tolist());
`, ["flat.sort()"], "scores.ravel();", "scores.ravel().copy();");

fixed("base written, view read afterwards",
`const buffer = array([0.1, 0.4, 0.35, 0.8]);
const warmup = buffer.slice(":3");
console.log(warmup.mean());
buffer.assign(":", array([0.9, 0.7, 0.6, 0.3]));
console.log(warmup.tolist());
`, [`buffer.assign(":"`], `buffer.slice(":3");`, `buffer.slice(":3").copy();`);

fixed("base written twice, view read afterwards: one finding per write",
`const buffer = array([0.1, 0.4, 0.35, 0.8]);
const warmup = buffer.slice(":3");
buffer.fill(0);
buffer.set(0, 1);
console.log(warmup.tolist());
`, ["buffer.fill(0)", "buffer.set(0, 1)"], `buffer.slice(":3");`, `buffer.slice(":3").copy();`);

fixed("base written through the raw buffer, view read",
`const a = array([1, 2, 3, 4]);
const tail = a.slice("1:");
a.data[1] = 5;
console.log(tail.sum());
`, ["a.data[1] = 5"], `a.slice("1:");`, `a.slice("1:").copy();`);

fixed("read-only diagonal() view read after the base is written",
`const m = array([[1, 2], [3, 4]]);
const d = m.diagonal();
m.fill(0);
console.log(d.sum());
`, ["m.fill(0)"], "m.diagonal();", "m.diagonal().copy();");

fixed("read-only broadcastTo() view read after the base is written",
`const row = array([1, 2, 3]);
const tiled = row.broadcastTo([2, 3]);
row.fill(1);
console.log(tiled.sum());
`, ["row.fill(1)"], "row.broadcastTo([2, 3]);", "row.broadcastTo([2, 3]).copy();");

fixed("view of a parameter written in a value-returning function",
`export function normalizedFirstRow(m: NDArray): number {
  const row = m.slice(0);
  row.idiv(row.sum());
  return row.max();
}
`, ["row.idiv("], "m.slice(0);", "m.slice(0).copy();");

fixed("parameter written, local view of it read (alias and view: one view finding)",
`export function resetKeepRow(m: NDArray): number {
  const first = m.slice(0);
  m.fill(0);
  return first.sum();
}
`, ["m.fill(0)"], "m.slice(0);", "m.slice(0).copy();",
  "no-alias-mutation: the parameter is still written in a value-returning function");

fixed("read through both an alias and a view: one no-view-mutation finding",
`const grid = zeros([2, 2]);
const same = grid;
const row = grid.slice(0);
grid.fill(1);
console.log(same.sum(), row.sum());
`, ["grid.fill(1)"], "grid.slice(0);", "grid.slice(0).copy();",
  "no-alias-mutation: the write is still read through the alias `same`");

fixed("interprocedural: helper returns a view of its parameter (inferred)",
`function firstRow(m: NDArray) {
  return m.slice(0);
}
const m = array([[1, 2], [3, 4]]);
const row = firstRow(m);
row.fill(0);
console.log(m.sum(), row.sum());
`, ["row.fill(0)"], "firstRow(m);", "firstRow(m).copy();");

fixed("interprocedural: view helper used on a parameter of a value-returning function",
`function firstRow(m: NDArray) {
  return m.slice(0);
}
export function clearedTotal(m: NDArray): number {
  const row = firstRow(m);
  row.fill(0);
  return m.sum() - row.sum();
}
`, ["row.fill(0)"], "firstRow(m);", "firstRow(m).copy();");

fixed("declared helper tagged @ndalias view m",
`/** @ndalias view m */
declare function block(m: NDArray): NDArray;
const m = zeros([4, 4]);
const tl = block(m);
tl.fill(1);
console.log(m.sum(), tl.sum());
`, ["tl.fill(1)"], "block(m);", "block(m).copy();");

fixed("chained view write seen through another view that already shares",
`const a = arange(0, 6);
const head = a.slice(":3");
a.slice("1:3").fill(0);
console.log(head.sum());
`, [`a.slice("1:3").fill(0)`], `a.slice(":3");`, `a.slice(":3").copy();`);

fixed("module-level array written through a local view in a value-returning function",
`const HISTORY = zeros(10);
export function clearRecent(): number {
  const recent = HISTORY.slice("-3:");
  recent.fill(0);
  return HISTORY.sum() + recent.sum();
}
`, ["recent.fill(0)"], `HISTORY.slice("-3:");`, `HISTORY.slice("-3:").copy();`);

fixed("this-field written through a local view",
`class Table {
  cells = zeros([3, 3]);
  clearRow(i: number): number {
    const row = this.cells.slice(i);
    row.fill(0);
    return this.cells.sum() + row.sum();
  }
}
console.log(new Table().clearRow(1));
`, ["row.fill(0)"], "this.cells.slice(i);", "this.cells.slice(i).copy();");

fixed("loop: view written late in the body, base read at the top of the next iteration",
`export function smooth(x: NDArray, steps: number): number {
  const work = x.copy();
  const inner = work.slice("1:-1");
  let energy = 0;
  for (let i = 0; i < steps; i++) {
    energy += work.sum();
    inner.imul(0.5);
  }
  return energy + inner.sum();
}
`, ["inner.imul(0.5)"], `work.slice("1:-1");`, `work.slice("1:-1").copy();`);

fixed("let rebound to a view, written, base read",
`const a = arange(0, 4);
let w: NDArray = zeros(2);
console.log(w.sum());
w = a.slice(":2");
w.fill(1);
console.log(a.sum(), w.sum());
`, ["w.fill(1)"], `w = a.slice(":2");`, `w = a.slice(":2").copy();`);

fixed("if without else: view made on one path, written after the join",
`const a = arange(0, 4);
let part: NDArray = zeros(2);
if (a.sum() > 3) {
  part = a.slice(":2");
}
part.fill(0);
console.log(a.sum(), part.sum());
`, ["part.fill(0)"], `part = a.slice(":2");`, `part = a.slice(":2").copy();`);

fixed("view stored in an object property, written through the path",
`const a = arange(0, 4);
const views = { head: a.slice(":2") };
views.head.fill(0);
console.log(a.sum(), views.head.sum());
`, ["views.head.fill(0)"], `a.slice(":2") }`, `a.slice(":2").copy() }`);

fixed("view stored in an array, written through the element",
`const a = arange(0, 4);
const parts = [a.slice(":2")];
parts[0].fill(0);
console.log(a.sum(), parts[0].sum());
`, ["parts[0].fill(0)"], `[a.slice(":2")]`, `[a.slice(":2").copy()]`);

fixed("closure writes a captured view; base read after the call",
`const a = arange(0, 4);
const head = a.slice(":2");
const reset = (): void => {
  head.fill(0);
};
reset();
console.log(a.sum(), head.sum());
`, ["head.fill(0)"], `a.slice(":2");`, `a.slice(":2").copy();`);

fixed("using: view written, base read",
`export function settle(): number {
  const a = arange(0, 4);
  using head = a.slice(":2");
  head.fill(0);
  return a.sum() + head.sum();
}
`, ["head.fill(0)"], `a.slice(":2");`, `a.slice(":2").copy();`);

// ---------------------------------------------------------------------------------------------
// invalid, fix location not fixed by API.md (only the finding is asserted)

detect("conditional between two views of one base",
`const a = arange(0, 4);
const part = Math.random() > 0.5 ? a.slice(":2") : a.slice("2:");
part.fill(0);
console.log(a.sum());
`, ["part.fill(0)"]);

detect("view of a view written, original base read",
`const m = zeros([3, 3]);
const rows = m.slice("0:2");
const cols = rows.T;
cols.fill(1);
console.log(m.sum());
`, ["cols.fill(1)"]);

detect("views destructured from an array literal",
`const m = zeros([2, 2]);
const [top, bottom] = [m.slice(0), m.slice(1)];
top.fill(1);
console.log(m.sum(), bottom.sum());
`, ["top.fill(1)"]);

detect("record of views built by reduce with a spread accumulator and computed keys",
`const table = array([[0.5, 0.7], [120, 180], [3, 9]]);
const names = ["cpu", "latency", "errors"];
const byName = names.reduce((acc, name, i) => ({ ...acc, [name]: table.slice(i) }), {} as Record<string, NDArray>);
byName.errors.fill(0);
console.log(table.tolist());
`, ["byName.errors.fill(0)"]);

detect("object literal with a computed key holding a view",
`const grid = zeros([2, 3]);
const key = "r" + 0;
const rows = { [key]: grid.slice(0) };
rows[key].fill(1);
console.log(grid.sum());
`, ["rows[key].fill(1)"]);

ok("record of copies built by reduce: writes stay in the copies",
`const table = array([[0.5, 0.7], [120, 180]]);
const names = ["cpu", "latency"];
const byName = names.reduce((acc, name, i) => ({ ...acc, [name]: table.slice(i).copy() }), {} as Record<string, NDArray>);
byName.cpu.imul(100);
console.log(table.tolist(), byName.cpu.tolist());
`);

detect("closures stored in an array run by a helper read the view after the write",
`const weights = array([[0.5, -0.5], [0.25, 0.75]]);
const firstRow = weights.slice(0);
const reporters: Array<() => string> = [() => \`first row sum \${firstRow.sum()}\`];
function runAll(fns: Array<() => string>): void {
  for (const fn of fns) console.log(fn());
}
weights.imul(0.9);
runAll(reporters);
`, ["weights.imul(0.9)"]);

ok("closures stored in an array and handed to a helper that never calls them",
`const weights = array([[0.5, -0.5], [0.25, 0.75]]);
const firstRow = weights.slice(0);
const reporters: Array<() => string> = [() => \`first row sum \${firstRow.sum()}\`];
function count(fns: Array<() => string>): number {
  return fns.length;
}
weights.imul(0.9);
console.log(count(reporters));
`);

detect("named bounds that may overlap (\`0:${hi}\` and \`${lo}:\`) are not taken as disjoint",
`export function overlap(lo: number, hi: number): number {
  const a = arange(0, 10);
  const first = a.slice(\`0:\${hi}\`);
  const second = a.slice(\`\${lo}:\`);
  first.fill(0);
  return second.sum();
}
`, ["first.fill(0)"]);

detect("a bound reassigned between the two slices is not the same bound",
`export function shifted(n: number): number {
  const a = arange(0, 10);
  let k = n;
  const first = a.slice(\`0:\${k}\`);
  k = k - 2;
  const second = a.slice(\`\${k}:\`);
  first.fill(0);
  return second.sum();
}
`, ["first.fill(0)"]);

detect("element written at a loop index in the viewed column",
`export function touchColumn(n: number): number {
  const m = zeros([3, 4]);
  const col = m.slice(":", 1);
  for (let i = 0; i < n; i++) m.set([i, 1], 1);
  return col.sum();
}
`, ["m.set([i, 1], 1)"]);

// ---------------------------------------------------------------------------------------------
// more constructs: valid

ok("elements written at a loop index in a constant column, another column's view read",
`export function clampColumn(n: number): number {
  const m = zeros([3, 4]);
  const col = m.slice(":", 1);
  for (let i = 0; i < n; i++) m.set([i, 3], 1);
  return col.sum();
}
`);

ok("assign into one constant slice, the other constant slice of the same base read",
`const trail = zeros(8);
const older = trail.slice("0:4");
const newer = trail.slice("4:8");
newer.assign(":", arange(0, 4));
console.log(older.min());
`);

ok("blocks split at a named index (\`0:${n}\` and \`${n}:\`) are disjoint",
`export function blockSums(n: number): number[] {
  const scratch = zeros([n, 2 * n]);
  const left = scratch.slice(":", \`0:\${n}\`);
  const right = scratch.slice(":", \`\${n}:\`);
  left.fill(1);
  right.fill(-1);
  const row = arange(0, 2 * n);
  const mid = Math.floor(n / 2);
  const head = row.slice(\`\${mid}:\`);
  const tail = row.slice(\`0:\${mid}\`);
  head.fill(2);
  return [right.sum(), tail.sum()];
}
`);


ok("interleaved strided views are disjoint (::2 and 1::2)",
`const a = arange(0, 8);
const evens = a.slice("::2");
const odds = a.slice("1::2");
evens.fill(0);
console.log(odds.sum());
`);

ok("2-D: different rows are disjoint",
`const m = zeros([2, 3]);
const top = m.slice(0);
const bottom = m.slice(1);
top.fill(1);
console.log(bottom.sum());
`);

ok("event-handler callback (void parameter type) writes a view of its parameter",
`declare function onFrame(cb: (buf: NDArray) => void): void;
onFrame((buf) => {
  const head = buf.slice(":2");
  head.fill(0);
});
`);

ok("view written, base read only through a copy made before the write",
`const a = arange(0, 4);
const before = a.copy();
const head = a.slice(":2");
head.fill(0);
console.log(before.sum(), head.sum());
`);

// ---------------------------------------------------------------------------------------------
// more constructs: invalid with autofix

fixed("base written, view passed on to another function",
`declare function plot(x: NDArray): void;
const a = arange(0, 4);
const head = a.slice(":2");
a.fill(1);
plot(head);
`, ["a.fill(1)"], `a.slice(":2");`, `a.slice(":2").copy();`);

fixed("base written, view printed",
`const a = arange(0, 4);
const head = a.slice(":2");
a.imul(3);
console.log(head);
`, ["a.imul(3)"], `a.slice(":2");`, `a.slice(":2").copy();`);

fixed("base written, view returned",
`export function header(n: number): NDArray {
  const table = zeros([n, n]);
  const first = table.slice(0);
  table.fill(1);
  return first;
}
`, ["table.fill(1)"], "table.slice(0);", "table.slice(0).copy();");

fixed("helper returning a view through a local (inferred)",
`function lastColumn(m: NDArray): NDArray {
  const col = m.slice(":", -1);
  return col;
}
const m = ones([2, 3]);
const c = lastColumn(m);
c.fill(0);
console.log(m.sum(), c.sum());
`, ["c.fill(0)"], "lastColumn(m);", "lastColumn(m).copy();");

fixed("helper composing two view helpers (inferred)",
`function firstRow(m: NDArray): NDArray {
  return m.slice(0);
}
function firstRowReversed(m: NDArray): NDArray {
  return firstRow(m).flip();
}
const m = arange(0, 6).reshape(2, 3).copy();
const r = firstRowReversed(m);
r.set(0, 9);
console.log(m.tolist(), r.tolist());
`, ["r.set(0, 9)"], "firstRowReversed(m);", "firstRowReversed(m).copy();");

fixed("void forEach callback writes a captured view; base read afterwards",
`const a = arange(0, 4);
const head = a.slice(":2");
[5, 6].forEach((v, i) => head.set(i, v));
console.log(a.sum(), head.sum());
`, ["head.set(i, v)"], `a.slice(":2");`, `a.slice(":2").copy();`);

fixed("while loop: base written late in the body, view read by the condition",
`export function drain(x: NDArray): number {
  const buf = x.copy();
  const head = buf.slice(":1");
  let n = 0;
  while (head.sum() > 1 && n < 50) {
    buf.imul(0.5);
    n++;
  }
  return n + buf.sum();
}
`, ["buf.imul(0.5)"], `buf.slice(":1");`, `buf.slice(":1").copy();`);

// ---------------------------------------------------------------------------------------------
// more constructs: invalid, findings only

detect("2-D: column view written, overlapping row view read",
`const m = zeros([2, 3]);
const col = m.slice(":", 0);
const row = m.slice(1);
col.fill(1);
console.log(row.sum());
`, ["col.fill(1)"]);

detect("for-of over views of one base, base read",
`const m = zeros([2, 2]);
for (const row of [m.slice(0), m.slice(1)]) {
  row.iadd(1);
}
console.log(m.sum());
`, ["row.iadd(1)"]);

// ---------------------------------------------------------------------------------------------
// third wave: what counts as a read, try/finally, captured state in closures

ok("metadata only (shape, size) through the base is not a read",
`const a = ones([2, 2]);
const top = a.slice(0);
top.fill(0);
console.log(a.shape, a.size, top.sum());
`);

ok("base disposed after the view write, never read",
`const a = ones(4);
const head = a.slice(":2");
head.fill(0);
console.log(head.sum());
a.dispose();
`);

fixed("view written in try, base read in finally",
`declare function risky(): void;
const a = ones(4);
const head = a.slice(":2");
try {
  head.fill(0);
  risky();
} finally {
  console.log(a.sum(), head.sum());
}
`, ["head.fill(0)"], `a.slice(":2");`, `a.slice(":2").copy();`);

fixed("captured array written through a local view inside a value-returning closure",
`export function makeClearer(): (n: number) => number {
  const hist = ones(8);
  return (n: number) => {
    const recent = hist.slice(-n);
    recent.fill(0);
    return n + recent.sum();
  };
}
`, ["recent.fill(0)"], "hist.slice(-n);", "hist.slice(-n).copy();");

// ---------------------------------------------------------------------------------------------
// fourth wave

fixed("transpose() without axes",
`const m = zeros([2, 3]);
const t = m.transpose();
t.fill(1);
console.log(m.sum(), t.sum());
`, ["t.fill(1)"], "m.transpose();", "m.transpose().copy();");

fixed("row views made and written in a loop, base read after it",
`const m = zeros([3, 3]);
for (let i = 0; i < 3; i++) {
  const row = m.slice(i);
  row.fill(i);
  console.log(row.sum());
}
console.log(m.sum());
`, ["row.fill(i)"], "m.slice(i);", "m.slice(i).copy();");

detect("generic pass-through helper keeps a view a view",
`function nonNull<T>(x: T | null): T {
  if (x === null) throw new Error("missing value");
  return x;
}
const m = zeros([2, 2]);
const top = nonNull(m.slice(0));
top.fill(1);
console.log(m.sum());
`, ["top.fill(1)"]);

detect("method returns a view of a this-field; caller writes it, field read",
`class Grid {
  cells = zeros([3, 3]);
  top(): NDArray {
    return this.cells.slice(":2");
  }
}
const g = new Grid();
const t = g.top();
t.fill(1);
console.log(g.cells.sum());
`, ["t.fill(1)"]);

// ---------------------------------------------------------------------------------------------
// fifth wave: a view re-made after the write (rebinding ends the old aliasing; the new view was
// made after the write and sees the written values by design)

ok("view re-made after the base write, then read",
`const a = ones(4);
let head = a.slice(":2");
console.log(head.sum());
a.fill(0);
head = a.slice(":2");
console.log(head.sum());
`);

ok("loop: block-scoped view made at the top of each iteration, base written at the end",
`export function headTotals(x: NDArray, n: number): number[] {
  const cur = x.copy();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const head = cur.slice(":2");
    out.push(head.sum());
    cur.imul(2);
  }
  return out;
}
`);

ok("loop: view of the current row made each iteration after the previous write",
`export function cumulative(m0: NDArray): NDArray {
  const m = m0.copy();
  for (let i = 1; i < m.shape[0]; i++) {
    const prev = m.slice(i - 1);
    const row = m.slice(i);
    m.assign(i, row.add(prev));
  }
  return m;
}
`);

// ---------------------------------------------------------------------------------------------
// sixth wave: application-style valid code, views reached through aliases

ok("row views of a local copy with different first indices are disjoint",
`export function firstAndSecond(m: NDArray): number {
  const m2 = m.copy();
  const a = m2.slice(0);
  const b = m2.slice(1);
  a.fill(0);
  return b.sum();
}
`);

ok("read-only view of a parameter only read",
`export function trace(m: NDArray): number {
  return m.diagonal().sum();
}
`);

ok("unnamed view passed to a void in-place helper",
`function clipInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) x.set(i, Math.min(hi, Math.max(lo, x.get(i))));
}
const m = array([[2, -1], [0.5, 3]]);
clipInPlace(m.slice(0), 0, 1);
console.log(m.sum());
`);

ok("void helper normalises each row of its parameter through a row view",
`export function normalizeRows(m: NDArray): void {
  for (let i = 0; i < m.shape[0]; i++) {
    const row = m.slice(i);
    row.idiv(row.sum());
  }
}
`);

ok("chained row writes on a local copy that is returned",
`export function centeredRows(x: NDArray): NDArray {
  const out = x.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    out.slice(i).isub(out.slice(i).max());
  }
  return out;
}
`);

fixed("view made from an alias of the base; base written, view read",
`const a = arange(0, 4);
const b = a;
const v = b.slice(":2");
a.fill(0);
console.log(v.sum());
`, ["a.fill(0)"], `b.slice(":2");`, `b.slice(":2").copy();`);

// ---------------------------------------------------------------------------------------------
// seventh wave: class fields

fixed("field initialised as a view of another field; base field written, view field read",
`export class Grid {
  cells = zeros([3, 3]);
  top = this.cells.slice(0);
  clear(): number {
    this.cells.fill(0);
    return this.top.sum();
  }
}
`, ["this.cells.fill(0)"], "this.cells.slice(0);", "this.cells.slice(0).copy();");

fixed("view of an instance field written, field read",
`class Grid {
  cells = zeros([3, 3]);
}
const g = new Grid();
const row = g.cells.slice(1);
row.fill(2);
console.log(g.cells.sum(), row.sum());
`, ["row.fill(2)"], "g.cells.slice(1);", "g.cells.slice(1).copy();");

// Elements read with constant indices (`get(0)`) against the part written: the boundary of a
// grid read after its interior was written through a view is not what the write changed.
ok("boundary elements read after the interior was written through a view",
`export function relaxInterior(): number {
  const u = zeros(10);
  const interior = u.slice("1:9");
  interior.fill(1);
  return u.get(0) + u.get(9);
}
export function oddsAfterEvens(): number {
  const m = arange(8);
  const evens = m.slice("::2");
  evens.fill(0);
  return m.get(1) + m.get(3);
}
`);

detect("an element read after a write through a view that covers it",
`export function evensAgain(): number {
  const m = arange(8);
  const evens = m.slice("::2");
  evens.fill(0);
  return m.get(1) + m.get(4);
}
`, ["evens.fill(0)"]);

// Integer constants (`const N = 8`, `N - 1`, `${NBINS + 1}` in a spec) are known: boundary
// cells set outside the interior view are not what it reads.
ok("boundary cells set through named constants outside the interior view",
`const N = 8;
const NBINS = 6;
export function sweep(): number {
  const u = zeros(N);
  const interior = u.slice("1:-1");
  u.set(0, 0);
  u.set(N - 1, 0);
  const counts = zeros(NBINS + 2);
  const inner = counts.slice(\`1:\${NBINS + 1}\`);
  counts.set(0, 0);
  counts.set(NBINS + 1, 0);
  return interior.sum() + inner.sum();
}
`);

detect("a cell set through a named constant inside the interior view",
`const N = 8;
export function sweep(): number {
  const u = zeros(N);
  const interior = u.slice("1:-1");
  u.set(N - 2, 5);
  return interior.sum();
}
`, ["u.set(N - 2, 5)"]);

// A view with a constant empty range on some axis covers no element: writing it changes nothing.
ok("writes through empty views",
`export function emptyWindows(): number {
  const grid = ones([3, 5, 4]);
  const none = grid.slice(":, 0:0, ::3");
  none.imul(2);
  const tail = grid.slice("3:1");
  tail.fill(0);
  grid.assign("2:2", 7);
  return grid.sum();
}
`);

// diagonal() and broadcastTo() give read-only views (API.md): a method write through one, or
// through a view of one, throws ReadOnlyError and changes nothing.
ok("writes through read-only views, caught",
`export function zeroDiagonal(m: NDArray): number {
  const d = m.diagonal();
  try {
    d.fill(0);
  } catch {
    console.log("diagonal() is read-only");
  }
  const tiled = m.broadcastTo([2, 3, 3]);
  try {
    tiled.T.iadd(1);
  } catch {
    console.log("broadcastTo() is read-only");
  }
  return m.sum();
}
`);

detect("a write to the raw buffer of a read-only view (data is not guarded)",
`export function pokeDiagonal(m: NDArray): number {
  const d = m.diagonal();
  d.data[0] = 7;
  return m.sum();
}
`, ["d.data[0] = 7"]);

// A callback that returns nothing writes the element it is given on purpose, as a void function
// does, through a local view too; each run gets the next element.
ok("forEach callback writing each row through a view of it",
`const batch = [array([3, -1, 2]), array([0.5, 0.25, -4])];
batch.forEach((row) => {
  const peak = row.max();
  const lead = row.slice(":1");
  lead.fill(peak);
});
console.log(batch.map((r) => r.tolist()));
`);

detect("a view of a list element written before a forEach reads the elements",
`const batch = [zeros(3), zeros(3)];
const lead = batch[0]!.slice(":1");
lead.fill(1);
batch.forEach((row) => console.log(row.sum()));
`, ["lead.fill(1)"]);

// Each run of a callback binds its parameter anew (see no-alias-mutation's callback cases).
ok("callback that reads its parameter, then writes a view of it",
`declare function subscribe(topic: string, fn: (frame: NDArray) => void): void;
subscribe("camera", (frame) => {
  const rows = frame.slice("1:");
  console.log(frame.mean());
  rows.fill(0);
});
`);

ok("chained write to a row disjoint from a view field",
`export class Grid {
  cells = zeros([3, 3]);
  top = this.cells.slice(0);
  total(): number {
    this.cells.slice(2).fill(1);
    return this.top.sum();
  }
}
`);

// ---------------------------------------------------------------------------------------------
// eighth wave: outliving arrays written through their own names, read through a view

fixed("module-level array written through its own name, local view read",
`const HISTORY = zeros(5);
export function window(): number {
  const recent = HISTORY.slice("-2:");
  HISTORY.fill(1);
  return recent.sum();
}
`, ["HISTORY.fill(1)"], `HISTORY.slice("-2:");`, `HISTORY.slice("-2:").copy();`);

fixed("closure writes a captured array, reads a captured view of it",
`export function makeCounter(): () => number {
  const acc = zeros(3);
  const first = acc.slice(":1");
  return () => {
    acc.iadd(1);
    return first.sum();
  };
}
`, ["acc.iadd(1)"], `acc.slice(":1");`, `acc.slice(":1").copy();`);

fixed("reshape of a transposed view (a copy at run time) still counts as a view",
`const m = array([[1, 2, 3], [4, 5, 6]]);
const r = m.T.reshape(6);
r.fill(0);
console.log(m.sum(), r.sum());
`, ["r.fill(0)"], "m.T.reshape(6);", "m.T.reshape(6).copy();");

// awaited results and values destructured from calls the analysis does not follow: new memory
// of their own, viewed and written like any array

fixed("awaited result of an async loader: the base written, a view of it read",
`async function load(): Promise<NDArray> { return zeros([4, 2]); }
export async function main(): Promise<void> {
  const data = await load();
  const tail = data.slice("-2:");
  data.fill(1);
  console.log(tail.tolist());
}
`, ["data.fill(1)"], `data.slice("-2:");`, `data.slice("-2:").copy();`);

fixed("arrays destructured from Promise.all: one's view read after its base is written",
`async function load(rows: number): Promise<NDArray> { return zeros([rows, 2]); }
export async function main(): Promise<void> {
  const [train, test] = await Promise.all([load(6), load(2)]);
  const holdout = train.slice("-2:");
  train.imul(0.5);
  test.imul(0.5);
  console.log(holdout.tolist(), test.tolist());
}
`, ["train.imul(0.5)"], `train.slice("-2:");`, `train.slice("-2:").copy();`);

ok("separate awaited loads are separate memory",
`async function load(): Promise<NDArray> { return zeros([3, 3]); }
export async function main(): Promise<number> {
  const a = await load();
  const b = await load();
  const rowA = a.slice(0);
  b.fill(1);
  return rowA.sum() + b.sum();
}
`);

// bounds counted from the end of an axis whose length the analysis does not know

ok("border rows written, the interior view read: disjoint whatever the length",
`export function frame(load: () => NDArray): number {
  const plate = load();
  const interior = plate.slice("1:-1", "1:-1");
  plate.slice(0).fill(50);
  plate.slice(-1).fill(10);
  plate.slice(":", -1).fill(10);
  return interior.mean();
}
`);

detect("a row counted from the end inside the interior view",
`export function frame(load: () => NDArray): number {
  const plate = load();
  const interior = plate.slice("1:-1");
  plate.slice(-2).fill(0);
  return interior.mean();
}
`, ["plate.slice(-2).fill(0)"]);

// a helper that returns a view or a copy by a flag: a call that passes the flag as a constant (or
// leaves it to its default) gets what that branch returns

ok("a helper called with its copy flag set returns a copy",
`function crop(img: NDArray, rows: string, copy = false): NDArray {
  const region = img.slice(rows);
  return copy ? region.copy() : region;
}
export function thumbnail(frame: NDArray): number {
  const thumb = crop(frame, "::2", true);
  thumb.imul(0.5);
  return frame.sum() + thumb.sum();
}
`);

detect("the same helper left to its default returns a view",
`function crop(img: NDArray, rows: string, copy = false): NDArray {
  const region = img.slice(rows);
  if (!copy) return region;
  return region.copy();
}
export function header(frame: NDArray): number {
  const head = crop(frame, ":1");
  head.fill(0);
  return frame.sum() + head.sum();
}
`, ["head.fill(0)"]);

detect("flags passed through a spread: not known at the call, whatever the default",
`function crop(img: NDArray, rows: string, copy = true): NDArray {
  const region = img.slice(rows);
  return copy ? region.copy() : region;
}
export function spread(frame: NDArray, rest: [string, boolean]): number {
  const part = crop(frame, ...rest);
  part.imul(0.5);
  return frame.sum() + part.sum();
}
`, ["part.imul(0.5)"]);

detect("a flag not known at the call: either branch",
`function crop(img: NDArray, rows: string, copy = false): NDArray {
  const region = img.slice(rows);
  return copy ? region.copy() : region;
}
export function maybe(frame: NDArray, safe: boolean): number {
  const part = crop(frame, "::2", safe);
  part.imul(0.5);
  return frame.sum() + part.sum();
}
`, ["part.imul(0.5)"]);

detect("a row view taken back out of a list by at(), written, the base read",
`export function zeroLast(layer: NDArray): number {
  const rows = [layer.slice(0), layer.slice(1)];
  const stale = rows.at(-1)!;
  stale.fill(0);
  return layer.sum();
}
`, ["stale.fill(0)"]);

// Rows indexed by loop counters: `for (let i = k + 1; ..; i++)` inside `for (let k = 0; ..; k++)`
// writes rows below row k, never row k itself.

ok("elimination below a pivot row: rows counted up from k + 1 are never row k",
`export function eliminate(M: NDArray): NDArray {
  const A = M.copy();
  const n = A.shape[0];
  for (let k = 0; k < n; k++) {
    const pivotRow = A.slice(k);
    for (let i = k + 1; i < n; i++) A.slice(i).isub(pivotRow.mul(A.get(i, k)));
  }
  return A;
}
`);

ok("an element written at a counter's row, in a column the view does not hold",
`export function bounce(state: NDArray, n: number): number {
  const heights = state.slice(":", 1);
  let hits = 0;
  for (let i = 0; i < n; i++) {
    if (heights.get(i) < 0) {
      state.set([i, 3], 0);
      hits++;
    }
  }
  return hits + heights.sum();
}
`);

detect("rows counted up from k itself include row k",
`export function sweep(M: NDArray): NDArray {
  const A = M.copy();
  const n = A.shape[0];
  for (let k = 0; k < n; k++) {
    const pivotRow = A.slice(k);
    for (let i = k; i < n; i++) A.slice(i).isub(pivotRow.mul(0.5));
  }
  return A;
}
`, ["A.slice(i).isub"]);

detect("a counter the loop body sets back is no counter: row k again",
`export function resweep(M: NDArray): NDArray {
  const A = M.copy();
  const n = A.shape[0];
  for (let k = 0; k < n; k++) {
    const pivotRow = A.slice(k);
    for (let i = k + 1; i < n; i++) {
      A.slice(i).isub(pivotRow.mul(0.5));
      if (A.get(i, k) > 1) i = k - 1;
    }
  }
  return A;
}
`, ["A.slice(i).isub"]);

detect("a row kept from the inner loop of an earlier k may be row k now",
`export function lastRow(M: NDArray): number {
  const A = M.copy();
  const n = A.shape[0];
  let last = zeros(3);
  for (let k = 0; k < n; k++) {
    A.slice(k).fill(0);
    for (let i = k + 1; i < n; i++) last = A.slice(i);
  }
  return last.sum();
}
`, ["A.slice(k).fill(0)"]);

// ---------------------------------------------------------------------------------------------
// generators and iterables: a for-of over them binds what they yield

detect("a generator yields [index, view of a parameter]; the view is written in a value-returning function",
`function* tiles(img: NDArray, size: number): Generator<[number, NDArray]> {
  for (let r = 0; r + size <= img.shape[0]; r += size) yield [r, img.slice(\`\${r}:\${r + size}\`)];
}
export function contrast(img: NDArray): number {
  let spread = 0;
  for (const [, tile] of tiles(img, 2)) {
    tile.isub(tile.mean());
    spread += tile.mul(tile).mean();
  }
  return spread;
}
`, ["tile.isub"]);

ok("a generator yields [index, view]; the loop writes a copy of it",
`function* tiles(img: NDArray, size: number): Generator<[number, NDArray]> {
  for (let r = 0; r + size <= img.shape[0]; r += size) yield [r, img.slice(\`\${r}:\${r + size}\`)];
}
export function contrast(img: NDArray): number {
  let spread = 0;
  for (const [r, tile] of tiles(img, 2)) {
    const c = tile.copy();
    c.isub(r);
    spread += c.sum();
  }
  return spread;
}
`);

detect("a class's *[Symbol.iterator]() yields views of a field; a for-of writes them and the function returns a value",
`class Recording implements Iterable<NDArray> {
  constructor(readonly data: NDArray) {}
  *[Symbol.iterator](): Generator<NDArray> {
    for (let c = 0; c < this.data.shape[0]; c++) yield this.data.slice(c);
  }
}
export function peakToPeak(rec: Recording): number[] {
  const out: number[] = [];
  for (const channel of rec) {
    channel.isub(channel.min());
    out.push(channel.max());
  }
  return out;
}
`, ["channel.isub"]);

ok("a class's *[Symbol.iterator]() yields views; a void function writes them on purpose",
`class Recording implements Iterable<NDArray> {
  constructor(readonly data: NDArray) {}
  *[Symbol.iterator](): Generator<NDArray> {
    for (let c = 0; c < this.data.shape[0]; c++) yield this.data.slice(c);
  }
}
export function zeroAll(rec: Recording): void {
  for (const channel of rec) channel.fill(0);
}
`);

// ---------------------------------------------------------------------------------------------

detect("a void function writes a module-level array through its own name while a module-level view of it is read after the call",
`const latencies = array([12, 40, 9, 11]);
const slowest = latencies.slice("1:");
function reset(): void {
  latencies.fill(0);
}
reset();
console.log(slowest.tolist());
`, ["latencies.fill(0)"]);

detect("the write runs in a timer callback inside a Promise executor, awaited before the module reads the view",
`const latencies = array([12, 40, 9, 11]);
const slowest = latencies.slice("1:");
declare function setTimeout(callback: () => void, ms: number): number;
function scheduleReset(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(() => {
      latencies.fill(0);
      resolve();
    }, ms);
  });
}
await scheduleReset(3);
console.log(slowest.tolist());
`, ["latencies.fill(0)"]);

ok("a module-level view of a buffer that a called function then replaces: the writes after go to the new buffer",
`let cur = zeros(12);
function resetRod(initial: number): void {
  cur = zeros(12);
  cur.fill(initial);
}
function applyBoundary(): void {
  cur.set(0, 100);
}
const coarse = cur.slice("::3");
resetRod(25);
applyBoundary();
console.log(coarse.tolist(), cur.sum());
`);

ok("a module-level view made after the call that wrote its base sees the written values by design",
`const latencies = array([12, 40, 9, 11]);
function reset(): void {
  latencies.fill(0);
}
reset();
const slowest = latencies.slice("1:");
console.log(slowest.tolist());
`);

ok("a const list only ever read: its first element, taken by index or destructuring, is the array the literal put there",
`export function overlay(): number {
  const train = array([2, 1, 0.5]);
  const val = array([3, 2, 1]);
  const curves = [train, val];
  const recent = val.slice("-2:");
  const [shifted] = curves;
  shifted.isub(shifted.min());
  const first = curves[0];
  first.imul(2);
  return recent.get(1) + val.sum();
}
`);

ok("a view a sibling function made of a module-level scratch buffer is no name in another function",
`const SCRATCH = zeros(16);
class Frame {
  constructor(readonly samples: NDArray) {}
  static windowed(signal: NDArray, n: number): Frame {
    const window = SCRATCH.slice(\`:\${n}\`);
    return new Frame(window.mul(signal.slice(\`:\${n}\`)));
  }
  static silence(n: number): Frame {
    const buf = SCRATCH;
    buf.fill(0);
    return new Frame(buf.slice(\`:\${n}\`).copy());
  }
}
console.log(Frame.windowed(zeros(32), 8), Frame.silence(8));
`);

detect("a helper stores a view into a path of an object argument: the object holds it after the call",
`interface Box { v: NDArray }
function put(b: Box, s: NDArray): void {
  b.v = s;
}
export function f(): number {
  const stream = zeros(24);
  const box: Box = { v: zeros(1) };
  put(box, stream.slice("0:6"));
  stream.imul(2);
  return box.v.sum();
}
`, ["stream.imul(2)"]);

detect("views appended to a linked list by a helper are read by walking the list after the base is written",
`interface WindowNode { samples: NDArray; next: WindowNode | null }
interface WindowList { head: WindowNode | null; tail: WindowNode | null }
function append(list: WindowList, samples: NDArray): void {
  const node: WindowNode = { samples, next: null };
  if (list.tail === null) list.head = node;
  else list.tail.next = node;
  list.tail = node;
}
function total(list: WindowList): number {
  let t = 0;
  for (let n = list.head; n !== null; n = n.next) t += n.samples.sum();
  return t;
}
const stream = zeros(24);
const windows: WindowList = { head: null, tail: null };
for (let s = 0; s < 24; s += 6) append(windows, stream.slice(\`\${s}:\${s + 6}\`));
stream.imul(2);
console.log(total(windows));
`, ["stream.imul(2)"]);

ok("a helper stores a copy into an object argument: the object holds no view",
`interface Box { v: NDArray }
function put(b: Box, s: NDArray): void {
  b.v = s.copy();
}
export function f(): number {
  const stream = zeros(24);
  const box: Box = { v: zeros(1) };
  put(box, stream.slice("0:6"));
  stream.imul(2);
  return box.v.sum();
}
`);

detect("a finally block writes the array a returned view was taken of: the caller gets the written values",
`export function topKView(scores: NDArray, k: number): NDArray {
  const work = scores.copy();
  try {
    work.sort();
    const best = work.slice(\`-\${k}:\`);
    return best;
  } finally {
    work.fill(0);
  }
}
`, ["work.fill(0)"]);

detect("the base passed on to a list's push after a write through its view (passing an array on reads it)",
`const video: NDArray[] = [];
for (let t = 0; t < 3; t++) {
  const frame = arange(6).add(t);
  const pixels = frame.ravel();
  pixels.idiv(255);
  video.push(frame);
}
console.log(video.length);
`, ["pixels.idiv(255)"]);

detect("the base passed on to a Map's set after a write through its view",
`const cache = new Map<string, NDArray>();
const frame = arange(6);
const pixels = frame.ravel();
pixels.idiv(255);
cache.set("latest", frame);
`, ["pixels.idiv(255)"]);

ok("a list built before the write through a view of its element: the list is read only before",
`const frame = arange(6);
const video: NDArray[] = [];
video.push(frame);
console.log(video.length);
const pixels = frame.ravel();
pixels.idiv(255);
console.log(pixels.sum());
`);

runCaseSuites(ruleTester, tsconfigRootDir, "no-view-mutation", rule, cases, { messageId: MSG, suggestionId: SUG }, {
  "no-alias-mutation": asTesterRule(no_alias_mutationRule), "no-lost-write": asTesterRule(no_lost_writeRule),
});

// ---------------------------------------------------------------------------------------------
// "names the other location in its message": the message names the line where the other name is
// made or where it is read afterwards.

{
  const code = H + `const a = array([1, 2, 3, 4, 5]);
const s = a.slice("1:3");
s.set(0, 99);
console.log(a.tolist());
`;
  const other = new RegExp(`line (${lineOf(code, "const s")}|${lineOf(code, "console.log")})\\b`);
  ruleTester.run("no-view-mutation (message names the other location)", withoutExtras(rule, true), {
    valid: [],
    invalid: [{ code, errors: [{ message: other, line: lineOf(code, "s.set") }] }] as any,
  });
}
