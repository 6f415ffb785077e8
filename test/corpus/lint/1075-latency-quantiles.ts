// Robust statistics for request latencies collected per server: median, interquartile range, trimmed mean and winsorised copy.
import { array, NDArray } from "ndalias";

export function median(samples: NDArray): number {
  const sorted = samples.flatten();
  sorted.sort();
  const n = sorted.size;
  if (n % 2 === 1) return sorted.get((n - 1) / 2) as number;
  return ((sorted.get(n / 2 - 1) as number) + (sorted.get(n / 2) as number)) / 2;
}

export function interquartileRange(samples: NDArray): number {
  const ordered = samples.ravel();
  ordered.sort(); // expect: no-view-mutation
  const q1 = ordered.get(Math.floor((ordered.size - 1) * 0.25)) as number;
  const q3 = ordered.get(Math.floor((ordered.size - 1) * 0.75)) as number;
  return q3 - q1;
}

export function trimmedMean(samples: NDArray, fraction: number): number {
  const sorted = samples.flatten();
  sorted.sort();
  const k = Math.floor(sorted.size * fraction);
  const kept = sorted.slice(`${k}:${sorted.size - k}`);
  return kept.mean();
}

export function winsorized(samples: NDArray, lo: number, hi: number): NDArray {
  const out = samples.copy();
  const [rows, cols] = out.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = out.get(i, j) as number;
      if (v < lo) out.set([i, j], lo);
      else if (v > hi) out.set([i, j], hi);
    }
  }
  return out;
}

export function perServerMedians(samples: NDArray): NDArray {
  const servers = samples.shape[0];
  const medians = array(new Array<number>(servers).fill(0));
  for (let s = 0; s < servers; s++) {
    const row = samples.slice(s).copy();
    row.sort();
    medians.set(s, row.get(Math.floor(row.size / 2)) as number);
  }
  return medians;
}

function formatMs(v: number): string {
  return `${v.toFixed(1)} ms`;
}

const latencies = array([
  [12, 15, 11, 14, 90],
  [40, 13, 14, 12, 16],
  [11, 18, 13, 250, 12],
]);

console.log("median:", formatMs(median(latencies)));
console.log("trimmed mean (20%):", formatMs(trimmedMean(latencies, 0.2)));
console.log("per-server medians:", JSON.stringify(perServerMedians(latencies).tolist()));

const iqr = interquartileRange(latencies);
console.log("IQR:", formatMs(iqr));

const capped = winsorized(latencies, 10, 60);
console.log("winsorised:", JSON.stringify(capped.tolist()));
console.log("first server raw:", JSON.stringify(latencies.slice(0).tolist()));

const budget = latencies.mul(0);
budget.iadd(50);
const over = latencies.sub(budget);
let breaches = 0;
for (let i = 0; i < over.size; i++) {
  const flatOver = over.flatten();
  if ((flatOver.get(i) as number) > 0) breaches++;
}
console.log(`requests over budget: ${breaches} of ${latencies.size}`);

const report = {
  p50: median(latencies),
  iqr,
  spread: latencies.max() - latencies.min(),
};
console.log("report:", JSON.stringify(report));
