// Computes robust statistics (median, quantiles, trimmed mean, per-endpoint ranking) of response times without reordering the log.
import { array, NDArray } from "ndalias";

interface Robust {
  median: number;
  iqr: number;
  trimmed: number;
}

function quantiles(x: NDArray, qs: readonly number[]): number[] {
  const sorted = x.flatten();
  sorted.sort();
  return qs.map((q) => sorted.get(Math.round(q * (sorted.size - 1))) as number);
}

function trimmedMean(x: NDArray, fraction = 0.1): number {
  const sorted = x.flatten();
  sorted.sort();
  const k = Math.floor(sorted.size * fraction);
  if (sorted.size - 2 * k <= 0) return sorted.mean();
  return sorted.slice(`${k}:${sorted.size - k}`).mean();
}

function robust(x: NDArray): Robust {
  const [q1, median, q3] = quantiles(x, [0.25, 0.5, 0.75]);
  return { median, iqr: q3 - q1, trimmed: trimmedMean(x) };
}

function rankRows(x: NDArray): NDArray {
  const ranked = x.copy();
  ranked.sort(1);
  return ranked;
}

function winsorized(x: NDArray, lo: number, hi: number): NDArray {
  const out = x.astype("float64");
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    if (v < lo) out.data[i] = lo;
    else if (v > hi) out.data[i] = hi;
  }
  return out;
}

const endpoints = ["/login", "/search", "/checkout"];
// One row per endpoint, in arrival order.
const log = array([
  [120, 95, 130, 101, 99, 870],
  [45, 60, 52, 48, 300, 51],
  [210, 190, 205, 2000, 199, 201],
]);

const overall = robust(log);
console.log("overall:", overall);

const perEndpoint = endpoints.map((name, i) => ({ name, ...robust(log.slice(i)) }));
for (const { name, median, iqr } of perEndpoint) {
  console.log(name.padEnd(10), "median", median, "iqr", iqr);
}

const byRow = rankRows(log);
console.log("sorted per endpoint:", byRow.tolist());
console.log("arrival order kept:", log.slice(0).tolist());

const [p05, p95] = quantiles(log, [0.05, 0.95]);
const capped = winsorized(log, p05, p95);
console.log("p05/p95 bounds:", p05, p95);
console.log("winsorized mean:", capped.mean().toFixed(2), "raw mean:", log.mean().toFixed(2));

// Archive the raw log first, then sort the live log in place and zero the first column (warm-up requests).
const archived = log.copy();
log.sort(1);
log.slice(":", 0).fill(0);
const fastest = log.slice(":", 1);
console.log("fastest after warm-up:", fastest.tolist());
console.log("archived first row:", archived.slice(0).tolist());

const slowest = log.slice(":", -1).flatten();
slowest.isub(slowest.min());
console.log("slowest relative to best endpoint:", slowest.tolist());
