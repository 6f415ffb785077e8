// Latency monitoring helpers: a module-level baseline, trimmed statistics of sorted samples and a double-buffered smoother.
import { array, zeros, NDArray } from "ndalias";

const BASELINE_MS = array([12.0, 11.5, 12.4, 13.1, 12.8, 14.0]);
const CHECKS = zeros(1);

export function recordCheck(): number {
  CHECKS.iadd(1);
  return CHECKS.get(0);
}

export function baselineMean(): number {
  return BASELINE_MS.mean();
}

// How far the recent baseline would move if the last three hours drifted by `driftMs`.
export function recentBaselineAfterDrift(driftMs: number): number {
  const recent = BASELINE_MS.slice("-3:");
  recent.iadd(driftMs); // expect: no-view-mutation
  return recent.mean();
}

export function recentBaselineAfterDriftSafe(driftMs: number): number {
  const recent = BASELINE_MS.slice("-3:").copy();
  recent.iadd(driftMs);
  return recent.mean();
}

export function sortedCopy(samples: NDArray): NDArray {
  const s = samples.flatten();
  s.sort();
  return s;
}

export function winsorisedMean(sorted: NDArray, k: number): number {
  const upper = sorted.slice(`-${k}:`);
  upper.fill(sorted.get(sorted.size - k - 1)); // expect: no-view-mutation
  return sorted.mean();
}

export function winsorisedMeanOfCopy(sorted: NDArray, k: number): number {
  const w = sorted.copy();
  w.slice(`-${k}:`).fill(w.get(w.size - k - 1));
  w.slice(`:${k}`).fill(w.get(k));
  return w.mean();
}

export function trimmedMean(sorted: NDArray, k: number): number {
  return sorted.slice(`${k}:-${k}`).mean();
}

export function makeSmoother(n: number, alpha: number): (x: NDArray) => number {
  let front = zeros(n);
  let back = zeros(n);
  return (x: NDArray): number => {
    back.assign(":", front.mul(1 - alpha).add(x.mul(alpha)));
    [front, back] = [back, front];
    return front.mean();
  };
}

export function makeAccumulator(size: number): { add(x: NDArray): number; snapshot(): NDArray } {
  const acc = zeros(size);
  return {
    add(x: NDArray): number {
      acc.iadd(x);
      return acc.sum();
    },
    snapshot(): NDArray {
      return acc.copy();
    },
  };
}

const samples = array([14.2, 11.9, 55.0, 12.7, 13.3, 90.4, 12.1, 13.8]);
const sorted = sortedCopy(samples);
console.log("checks:", recordCheck(), "baseline mean:", baselineMean().toFixed(2));
console.log("trimmed mean:", trimmedMean(sorted, 1).toFixed(2));
console.log("winsorised mean (copy):", winsorisedMeanOfCopy(sorted, 2).toFixed(2));
console.log("recent baseline +2ms (safe):", recentBaselineAfterDriftSafe(2).toFixed(2));

const smooth = makeSmoother(3, 0.5);
const acc = makeAccumulator(3);
for (const frame of [array([10, 20, 30]), array([12, 18, 33]), array([11, 25, 29])]) {
  console.log("smoothed level:", smooth(frame).toFixed(2), "accumulated:", acc.add(frame));
}
console.log("accumulator snapshot:", acc.snapshot().tolist(), "checks:", recordCheck());
console.log("raw samples:", samples.tolist(), "sorted:", sorted.tolist());
