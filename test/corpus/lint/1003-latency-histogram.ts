// Builds a latency histogram, folds the overflow bin, smooths the density and reports percentiles and the modal bin.
import { array, linspace, zeros, NDArray } from "ndalias";

const EDGES = linspace(0, 100, 11); // ten bins of 10 ms

export function histogram(samples: NDArray, edges: NDArray): NDArray {
  const counts = zeros(edges.size); // the last bin collects overflow
  for (let i = 0; i < samples.size; i++) {
    const v = samples.get(i);
    let bin = edges.size - 1;
    for (let b = 0; b + 1 < edges.size; b++) {
      if (v >= edges.get(b) && v < edges.get(b + 1)) {
        bin = b;
        break;
      }
    }
    counts.set(bin, counts.get(bin) + 1);
  }
  return counts;
}

export function foldOverflow(counts: NDArray): NDArray {
  const folded = counts.slice(":-1").copy();
  const last = folded.size - 1;
  folded.set(last, folded.get(last) + counts.get(counts.size - 1));
  return folded;
}

export function percentile(samples: NDArray, q: number): number {
  const sorted = samples.flatten();
  sorted.sort();
  const pos = Math.min(sorted.size - 1, Math.round((q / 100) * (sorted.size - 1)));
  return sorted.get(pos);
}

export function cumulative(counts: NDArray): NDArray {
  const cdf = counts.copy();
  for (let i = 1; i < cdf.size; i++) {
    cdf.set(i, cdf.get(i) + cdf.get(i - 1));
  }
  cdf.idiv(cdf.get(cdf.size - 1));
  return cdf;
}

export function argmax(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) {
    if (x.get(i) > x.get(best)) best = i;
  }
  return best;
}

const latencies = array([
  12, 18, 22, 25, 27, 31, 33, 34, 38, 41, 42, 44, 47, 52, 55, 58, 61, 67, 73, 88, 95, 120, 240,
]);

const rawCounts = histogram(latencies, EDGES);
const counts = foldOverflow(rawCounts);
const binWidth = EDGES.get(1) - EDGES.get(0);

// Density per millisecond, from the folded counts.
const density = counts.div(counts.sum() * binWidth);
const densityPeak = density.max();

// Three-bin moving average of the density for the report.
const smoothed = density.copy();
smoothed.assign("1:-1", density.slice(":-2").add(density.slice("1:-1")).add(density.slice("2:")).div(3)); // expect: no-lost-write

// Relative frequencies, rounded for display.
const share = counts.div(counts.sum());
for (let i = 0; i < share.size; i++) {
  share.set(i, Math.round(share.get(i) * 1000) / 10);
}

// Tail view of the cumulative distribution, made after it is complete.
const cdf = cumulative(counts);
const tail = cdf.slice("-3:");

const mode = argmax(density);
const report = zeros(3);
report.set(0, percentile(latencies, 50));
report.set(1, percentile(latencies, 90));
report.set(2, percentile(latencies, 99));

console.log("counts (overflow folded):", counts.tolist());
console.log("share %:", share.tolist());
console.log(`modal bin: ${EDGES.get(mode)}-${EDGES.get(mode + 1)} ms, peak density ${densityPeak.toFixed(4)} / ms`);
console.log("density:", (density.tolist() as number[]).map((v) => v.toFixed(4)).join(" "));
console.log("cdf tail:", tail.tolist(), "p50/p90/p99:", report.tolist());
console.log("latencies unchanged:", latencies.size, "samples, max", latencies.max());
