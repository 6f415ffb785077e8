// Robust statistics for request latencies: median, trimmed mean, MAD, an outlier-capped copy, percentile ranks and a normalised histogram.
import { array, linspace, zeros, NDArray } from "ndalias";

function median(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const n = sorted.size;
  return n % 2 ? sorted.get((n - 1) / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
}

function trimmedMean(x: NDArray, fraction: number): number {
  const sorted = x.copy();
  sorted.sort();
  const k = Math.floor(sorted.size * fraction);
  return sorted.slice(`${k}:${sorted.size - k}`).mean();
}

function mad(x: NDArray): number {
  const dev = x.sub(median(x));
  for (let i = 0; i < dev.size; i++) {
    dev.set(i, Math.abs(dev.get(i)));
  }
  return median(dev);
}

function percentileRanks(x: NDArray): NDArray {
  const ranks = x.astype("float32");
  for (let i = 0; i < x.size; i++) {
    let below = 0;
    for (let j = 0; j < x.size; j++) if (x.get(j) < x.get(i)) below++;
    ranks.set(i, (100 * below) / x.size);
  }
  return ranks;
}

function histogram(x: NDArray, bins: number): { edges: NDArray; density: NDArray } {
  const lo = x.min();
  const hi = x.max();
  const edges = linspace(lo, hi, bins + 1);
  const counts = zeros(bins);
  for (let i = 0; i < x.size; i++) {
    const b = Math.min(bins - 1, Math.floor(((x.get(i) - lo) / (hi - lo)) * bins));
    counts.set(b, counts.get(b) + 1);
  }
  const density = counts.div(x.size);
  density.imul(bins / (hi - lo));
  return { edges, density };
}

const latencies = array([12.1, 15.3, 11.8, 240.0, 13.4, 14.9, 12.7, 16.2, 13.1, 95.5]);
const PROXY_OVERHEAD_MS = 0.8;

console.log("median:", median(latencies), "trimmed mean:", trimmedMean(latencies, 0.1).toFixed(2));
console.log("MAD:", mad(latencies));

const endToEndTotal = latencies.copy().iadd(PROXY_OVERHEAD_MS).sum();
console.log("end-to-end total (ms):", endToEndTotal.toFixed(1));

let warmup = latencies.slice("0:3");
console.log("warm-up mean:", warmup.mean());
warmup = warmup.copy();
warmup.imul(1000);
console.log("warm-up in microseconds:", warmup.tolist());

const cap = median(latencies) + 5 * mad(latencies);
const capped = latencies.copy();
for (let i = 0; i < capped.size; i++) {
  if (capped.get(i) > cap) capped.set(i, cap);
}
const forDashboard = capped;
console.log("capped latencies:", forDashboard.tolist());

const ranks = percentileRanks(latencies);
console.log("percentile ranks:", ranks.tolist());

const raw = latencies.copy();
latencies.isub(latencies.min());
console.log("shifted:", latencies.tolist(), "raw:", raw.tolist());

const { edges, density } = histogram(raw, 4);
console.log("edges:", edges.tolist(), "density:", density.tolist());
