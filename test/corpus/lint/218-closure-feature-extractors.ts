// Streaming feature extractors built from closure factories: a row-feature closure keeps the previous row, a sliding window reports recent variance, and a delta closure and hit counter keep their state in captured arrays.
import { array, zeros, NDArray } from "ndalias";

export function makeRowFeatures(width: number): (row: NDArray) => [NDArray, NDArray] {
  const prev = zeros(width);
  return (row) => {
    const sum = prev;
    sum.iadd(row); // expect: no-alias-mutation
    const avg = sum.div(2);
    const change = row.sub(prev);
    prev.assign(":", row);
    return [avg, change];
  };
}

export function makeDelta(width: number): (row: NDArray) => NDArray {
  const last = zeros(width);
  return (row) => {
    const delta = row.sub(last);
    last.assign(":", row);
    return delta;
  };
}

interface SlidingWindow {
  push(x: number): void;
  recentVariance(k: number): number;
  values(): number[];
}

export function makeWindow(capacity: number): SlidingWindow {
  const buf = zeros(capacity);
  let filled = 0;
  return {
    push(x) {
      buf.slice(":-1").assign(":", buf.slice("1:"));
      buf.set(capacity - 1, x);
      filled = Math.min(capacity, filled + 1);
    },
    recentVariance(k) {
      const n = Math.min(k, filled);
      if (n === 0) return 0;
      const recent = buf.slice(`-${n}:`);
      recent.isub(recent.mean()); // expect: no-view-mutation
      return recent.mul(recent).mean();
    },
    values: () => (filled === 0 ? [] : (buf.slice(`-${filled}:`).tolist() as number[])),
  };
}

export function makeHitCounter(n: number): { hit: (i: number) => number; top: () => number } {
  const hits = zeros(n);
  return {
    hit: (i) => hits.set(i, hits.get(i) + 1).get(i),
    top: () => hits.max(),
  };
}

const features = makeRowFeatures(3);
const delta = makeDelta(3);
const win = makeWindow(4);
const counter = makeHitCounter(3);
for (const row of [array([1, 2, 3]), array([2, 2, 2]), array([4, 0, 1])]) {
  const [avg, change] = features(row);
  const d = delta(row);
  d.imul(10);
  win.push(row.mean());
  const values = row.tolist() as number[];
  counter.hit(values.indexOf(Math.max(...values)));
  console.log("avg:", avg.tolist(), "change:", change.tolist(), "delta x10:", d.tolist());
}
console.log("variance of last 2:", win.recentVariance(2), "window:", win.values(), "top hits:", counter.top());
