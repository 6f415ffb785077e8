// Histogram service with module-level bins shared by several exported functions, plus closure factories for a ring smoother and a decaying hit counter.
import { linspace, zeros, NDArray } from "ndalias";

const BINS = 8;
const counts = zeros(BINS);
const edges = linspace(0, 1, BINS + 1);
let total = 0;

export function record(x: number): void {
  const idx = Math.min(BINS - 1, Math.max(0, Math.floor(x * BINS)));
  counts.set(idx, counts.get(idx) + 1);
  total++;
}

export function density(): NDArray {
  const d = counts;
  d.idiv(Math.max(total, 1)); // expect: no-alias-mutation
  return d;
}

export function densityCopy(): NDArray {
  const d = counts.div(Math.max(total, 1));
  d.idiv(edges.get(1) - edges.get(0));
  return d;
}

export function meanBinWidth(): number {
  const widths = edges.slice("1:");
  widths.isub(edges.slice(":-1")); // expect: no-view-mutation
  return widths.mean();
}

export function binCentres(): NDArray {
  const centres = edges.slice(":-1").add(edges.slice("1:"));
  centres.imul(0.5);
  return centres;
}

export function resetCounts(): void {
  const cleared = counts.flatten();
  cleared.fill(0); // expect: no-lost-write
  total = 0;
}

export function clear(): number {
  const before = total;
  counts.fill(0);
  total = 0;
  return before;
}

export function makeSmoother(width: number): (x: number) => number {
  const ring = zeros(width);
  let pos = 0;
  return (x) => {
    ring.slice(`${pos}:${pos + 1}`).fill(x);
    pos = (pos + 1) % width;
    return ring.mean();
  };
}

export function makeDecayCounter(n: number): { hit: (i: number) => void; snapshot: () => NDArray } {
  const c = zeros(n);
  return {
    hit: (i) => {
      c.imul(0.9);
      c.set(i, c.get(i) + 1);
    },
    snapshot: () => c.copy(),
  };
}

const smooth = makeSmoother(3);
const hits = makeDecayCounter(BINS);
for (const x of [0.05, 0.2, 0.22, 0.5, 0.97, 0.51]) {
  record(x);
  hits.hit(Math.floor(x * BINS));
  console.log("smoothed:", smooth(x).toFixed(3));
}
const snap = hits.snapshot();
snap.idiv(snap.max());
console.log("relative hits:", snap.tolist(), "centres:", binCentres().tolist(), "density:", densityCopy().tolist());
console.log("cleared", clear(), "samples");
