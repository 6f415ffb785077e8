/**
 * no-lost-write, from API.md ("Lint rules"): a write into a fresh copy of an existing array
 * (`take`, `flatten`, `copy`, `astype`, arithmetic results — not creation functions,
 * maybe-views or unknown calls) that is never read afterwards: the write was meant for the
 * original. Reported on the start line of the write; no fix.
 */
import { describe, expect, it } from "vitest";
import ndaliasRule from "../../rules/no-lost-write.js";
import { asTesterRule, lineOf, typeCheck, typedRuleTester } from "../helpers/rule-cases.js";

const { ruleTester, tsconfigRootDir } = typedRuleTester();
const rule = asTesterRule(ndaliasRule);

const MSG = "lostWrite";
const H = `import { array, arange, ones, zeros, NDArray } from "ndalias";\n`;

interface Valid { name: string; code: string }
interface Finding { name: string; code: string; lines: number[] }

const valid: Valid[] = [];
const invalid: Finding[] = [];
function ok(name: string, body: string): void {
  valid.push({ name, code: H + body });
}
function lost(name: string, body: string, at: string[]): void {
  const code = H + body;
  invalid.push({ name, code, lines: at.map((n) => lineOf(code, n)) });
}

// ---------------------------------------------------------------------------------------------
// valid

ok("a copy written in a finally block after a view of it was returned: the caller reads it",
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
`);

ok("chained write on a view (a[1:3] = 0 idiom)",
`const a = zeros(4);
a.slice("1:3").fill(0);
console.log(a.sum());
`);

ok("chained write on a copy whose result is kept and read",
`const a = zeros(4);
const b = a.copy().fill(0);
console.log(b.sum());
`);

ok("creation function result written and never read is not a lost write",
`zeros(4).fill(1);
`);

ok("named creation result written and never read is not a lost write",
`const marks = zeros(3);
marks.set(0, 1);
`);

ok("written copy returned",
`export function withFirst(a: NDArray, v: number): NDArray {
  const p = a.copy();
  p.set(0, v);
  return p;
}
`);

ok("written flatten() copy read afterwards",
`const frame = array([[5, 3, 1], [2, 8, 4]]);
const sorted = frame.flatten();
sorted.sort();
console.log(sorted.get(3));
`);

ok("written take() copy read afterwards",
`const features = array([0.8, 0.1, 0.6, 0.4]);
const highlighted = features.take([1, 3]);
highlighted.imul(100);
console.log(highlighted.tolist());
`);

ok("written astype() copy read afterwards",
`const counts = array([12, 4095, 30], "int32");
const levels = counts.astype("float64");
levels.set(1, 30);
console.log(levels.mean());
`);

ok("written arithmetic result read afterwards",
`const counts = array([12, 40, 30]);
const volts = counts.mul(3.3 / 4095);
volts.isub(0.01);
console.log(volts.tolist());
`);

ok("written copy passed on to another function",
`declare function plot(x: NDArray): void;
const a = arange(0, 4);
const p = a.copy();
p.fill(0);
plot(p);
`);

ok("chained write on a copy passed straight on",
`const a = arange(0, 4);
console.log(a.copy().fill(0).sum());
`);

ok("expression-bodied arrow returns the written arithmetic result",
`export const bumped = (x: NDArray) => x.add(1).imul(2);
`);

ok("written copy read at the top of the next loop iteration",
`export function accumulate(a: NDArray, n: number): number {
  const acc = a.copy();
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += acc.sum();
    acc.iadd(1);
  }
  return total;
}
`);

ok("maybe-view (reshape) written, chained",
`const a = arange(0, 4);
a.reshape(2, 2).fill(0);
console.log(a.sum());
`);

ok("maybe-view (ravel) written and never read",
`const a = arange(0, 4);
const r = a.ravel();
r.fill(0);
console.log(a.sum());
`);

ok("unknown call result written and never read",
`declare function load(name: string): NDArray;
load("weights").fill(0);
`);

ok("written copy read through an alias",
`const a = arange(0, 4);
const p = a.copy();
const q = p;
p.fill(0);
console.log(q.sum());
`);

ok("written copy stored and returned inside an object",
`export function snapshot(a: NDArray): { snap: NDArray } {
  const snap = a.copy();
  snap.set(0, 0);
  return { snap };
}
`);

ok("any-typed values are not arrays",
`export function patch(cfg: any): void {
  cfg.copy().fill(0);
}
`);

// ---------------------------------------------------------------------------------------------
// invalid

ok("a copy stored into a field of each element of a Map's values: the caller's objects hold it",
`interface Node { index: number; embedding: NDArray }
export function messagePass(nodes: Map<string, Node>, inbox: NDArray): void {
  for (const node of nodes.values()) {
    const next = inbox.slice(node.index).div(2);
    next.iadd(node.embedding);
    node.embedding = next;
  }
}
`);

ok("a copy stored into a field of an object a call returned",
`interface Slot { value: NDArray }
declare function slotFor(name: string): Slot;
export function store(x: NDArray): void {
  const slot = slotFor("x");
  const scaled = x.mul(2);
  scaled.iadd(1);
  slot.value = scaled;
}
`);

lost("a copy stored into a field of a local object literal that nothing reads",
`export function build(x: NDArray): void {
  const scratch = { value: zeros(1) };
  const scaled = x.mul(2);
  scaled.iadd(1);
  scratch.value = scaled;
}
`, ["scaled.iadd(1)"]);

lost("chained write on take()",
`const a = zeros(4);
a.take([0, 2]).fill(0);
console.log(a.sum());
`, ["a.take([0, 2]).fill(0)"]);

lost("chained write on flatten()",
`const a = zeros(4);
a.flatten().set(0, 1);
`, ["a.flatten().set(0, 1)"]);

lost("chained write on copy()",
`const visits = array([3, 0, 5]);
visits.copy().iadd(array([1, 1, 0]));
console.log(visits.tolist());
`, ["visits.copy().iadd("]);

lost("chained write on astype()",
`const codes = array([1, 2, 3], "int32");
codes.astype("float32").fill(0);
console.log(codes.sum());
`, [`codes.astype("float32").fill(0)`]);

lost("chained write on an arithmetic result",
`const a = arange(0, 4);
a.add(1).imul(2);
console.log(a.sum());
`, ["a.add(1).imul(2)"]);

lost("named flatten() copy written and never read",
`const frame = array([[5, 3], [2, 8]]);
const p = frame.flatten();
p.set(0, 255);
console.log(frame.sum());
`, ["p.set(0, 255)"]);

lost("named arithmetic result written and never read",
`const counts = array([12, 40, 30]);
const volts = counts.mul(3.3 / 4095);
volts.isub(0.01);
console.log(counts.tolist());
`, ["volts.isub(0.01)"]);

lost("named copy read only before the write",
`const a = arange(0, 4);
const p = a.copy();
console.log(p.sum());
p.fill(0);
console.log(a.sum());
`, ["p.fill(0)"]);

lost("named take() copy written through the raw buffer, never read",
`const a = arange(0, 4);
const t = a.take([1, 2]);
t.data[0] = 9;
console.log(a.sum());
`, ["t.data[0] = 9"]);

lost("copy of a parameter written in a void helper, never read",
`export function markFirstPixel(frame: NDArray): void {
  const pixels = frame.flatten();
  pixels.set(0, 255);
}
`, ["pixels.set(0, 255)"]);

lost("written copy's name rebound before any read",
`const a = arange(0, 4);
let p = a.copy();
p.fill(0);
p = zeros(4);
console.log(p.sum(), a.sum());
`, ["p.fill(0)"]);

lost("fresh copy written inside a loop body, never read",
`export function tryOffsets(a: NDArray, n: number): number {
  for (let i = 0; i < n; i++) {
    const shifted = a.copy();
    shifted.iadd(i);
  }
  return a.sum();
}
`, ["shifted.iadd(i)"]);

lost("chained write on a copy in a value-returning function, result dropped",
`export function clearMask(mask: NDArray): number {
  mask.copy().fill(0);
  return mask.sum();
}
`, ["mask.copy().fill(0)"]);

// ---------------------------------------------------------------------------------------------
// more constructs

ok("other creation functions (linspace, eye, array) written and never read",
`import { eye, linspace } from "ndalias";
linspace(0, 1, 5).fill(0);
eye(3).fill(1);
array([1, 2, 3]).imul(2);
`);

ok("written copy returned on one path",
`export function maybeReset(a: NDArray, reset: boolean): NDArray | null {
  const p = a.copy();
  p.fill(0);
  if (reset) return p;
  return null;
}
`);

ok("copy of a view written and read",
`const m = arange(0, 6).reshape(2, 3).copy();
const row = m.slice(0).copy();
row.imul(2);
console.log(row.tolist(), m.sum());
`);

lost("copy written then disposed, never read",
`const a = arange(0, 4);
const p = a.copy();
p.fill(0);
p.dispose();
console.log(a.sum());
`, ["p.fill(0)"]);

lost("using copy written, never read",
`export function bumpFirst(a: NDArray): number {
  using tmp = a.copy();
  tmp.set(0, 1);
  return a.sum();
}
`, ["tmp.set(0, 1)"]);

lost("chained write on a copy of a transposed view",
`const m = arange(0, 4).reshape(2, 2).copy();
m.T.copy().fill(0);
console.log(m.sum());
`, ["m.T.copy().fill(0)"]);

lost("chained sort on a flatten() copy",
`const grid = array([[3, 1], [2, 4]]);
grid.flatten().sort();
console.log(grid.tolist());
`, ["grid.flatten().sort()"]);

lost("chained write on the result of arithmetic between arrays",
`const a = arange(0, 4);
const b = ones(4);
a.add(b).fill(0);
console.log(a.sum(), b.sum());
`, ["a.add(b).fill(0)"]);

lost("copy written in an if branch, never read",
`const a = arange(0, 4);
const backup = a.copy();
if (a.sum() > 3) {
  backup.fill(0);
}
console.log(a.sum());
`, ["backup.fill(0)"]);

// ---------------------------------------------------------------------------------------------
// third wave

lost("copy written through a chained view of it, never read",
`const a = arange(0, 4);
const p = a.copy();
p.slice(":2").fill(0);
console.log(a.sum());
`, [`p.slice(":2").fill(0)`]);

ok("written copy read through a view of it",
`const a = arange(0, 4);
const p = a.copy();
p.fill(0);
console.log(p.slice(0).sum());
`);

// ---------------------------------------------------------------------------------------------
// fourth wave

lost("conditional between two copies, written, never read",
`const a = arange(0, 4);
const p = Math.random() > 0.5 ? a.copy() : a.flatten();
p.fill(0);
console.log(a.sum());
`, ["p.fill(0)"]);

lost("copy held in an object property, written through the path, never read",
`const a = arange(0, 4);
const tmp = { p: a.copy() };
tmp.p.fill(0);
console.log(a.sum());
`, ["tmp.p.fill(0)"]);

lost("copy written by a local closure, never read",
`export function zeroed(a: NDArray): number {
  const p = a.copy();
  const run = (): void => {
    p.fill(0);
  };
  run();
  return a.sum();
}
`, ["p.fill(0)"]);

// ---------------------------------------------------------------------------------------------
// fifth wave: written copies that escape and are read later

ok("written copy stored in a field that another method reads",
`export class Recorder {
  snapshot: NDArray = zeros(3);
  capture(a: NDArray): void {
    this.snapshot = a.copy();
    this.snapshot.fill(0);
  }
  total(): number {
    return this.snapshot.sum();
  }
}
`);

ok("written copies collected into a returned array",
`export function batches(a: NDArray, n: number): NDArray[] {
  const out: NDArray[] = [];
  for (let i = 0; i < n; i++) {
    const b = a.copy();
    b.iadd(i);
    out.push(b);
  }
  return out;
}
`);

ok("written arithmetic result kept as the best candidate and returned",
`export function best(a: NDArray, n: number): NDArray {
  let bestArr = a.copy();
  for (let i = 0; i < n; i++) {
    const cand = a.mul(i);
    cand.iadd(1);
    if (cand.sum() > bestArr.sum()) bestArr = cand;
  }
  return bestArr;
}
`);

ok("written copy handed to another function whose result is returned",
`declare function finalize(x: NDArray): NDArray;
export function prep(a: NDArray): NDArray {
  const p = a.copy();
  p.fill(0);
  return finalize(p);
}
`);

ok("written copy stored in a module-level map",
`const results = new Map<string, NDArray>();
export function store(a: NDArray): void {
  const p = a.copy();
  p.imul(2);
  results.set("x", p);
}
`);

ok("written result kept in an outer variable read after the loop",
`export function lastScaled(a: NDArray): number {
  let last = zeros(3);
  for (let i = 0; i < 3; i++) {
    const t = a.add(i);
    t.imul(2);
    last = t;
  }
  return last.sum();
}
`);

// ---------------------------------------------------------------------------------------------
// sixth wave

// An outer loop whose body splits its states by branches past MAX_STATES: the head states are
// joined into one from then on (they used to split and be joined again, round after round, until
// the work bound ended the analysis of the script and the finding with it).
lost("a copy written while a linked list is pruned, in a loop over frames that also appends to the list",
`interface Track { id: number; state: NDArray; misses: number; next: Track | null }
let head = null as Track | null;
let tail = null as Track | null;
function spawn(x: number): Track {
  const track: Track = { id: x, state: array([x, x]), misses: 0, next: null };
  if (tail === null) head = track;
  else tail.next = track;
  tail = track;
  return track;
}
for (let f = 0; f < 5; f++) {
  for (const x of [f, f + 1]) {
    if (x % 2 === 0) spawn(x);
  }
  let prev = null as Track | null;
  for (let t: Track | null = head; t !== null; t = t.next) {
    if (t.misses > 2) {
      t.state.flatten().fill(NaN);
      if (prev === null) head = t.next;
      else prev.next = t.next;
      if (tail === t) tail = prev;
    } else {
      prev = t;
    }
  }
}
`, ["t.state.flatten().fill(NaN)"]);

lost("copy written on one branch, read only on the other",
`const a = arange(0, 4);
const p = a.copy();
if (a.sum() > 3) {
  p.fill(0);
} else {
  console.log(p.sum());
}
`, ["p.fill(0)"]);

ok("written copy read by copying it",
`const a = arange(0, 4);
const p = a.copy();
p.fill(0);
const q = p.copy();
console.log(q.sum());
`);

ok("written copy read by the arithmetic that rebinds it",
`export function grow(a: NDArray, n: number): NDArray {
  let p = a.copy();
  for (let i = 0; i < n; i++) {
    p.iadd(1);
    p = p.mul(2);
  }
  return p;
}
`);

ok("maybe-view of a transposed view (a copy at run time) written, never read",
`const m = array([[1, 2, 3], [4, 5, 6]]);
const r = m.T.ravel();
r.fill(0);
console.log(m.sum());
`);

// ---------------------------------------------------------------------------------------------

ruleTester.run("no-lost-write", rule, {
  valid,
  invalid: invalid.map((c) => ({
    name: c.name,
    code: c.code,
    errors: c.lines.map((line) => ({ messageId: MSG, line })),
  })) as any,
});

describe("no-lost-write test cases type-check", () => {
  it("all cases", () => {
    expect(typeCheck([...valid, ...invalid].map((c) => c.code), tsconfigRootDir)).toEqual([]);
  });
});

