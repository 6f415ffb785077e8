// Contrast stretching: intensity percentiles, saturation counts and an 8-bin histogram of a grayscale frame, then a stretched export.
import { array, zeros, NDArray } from "ndalias";

export function percentile(pixels: NDArray, q: number): number {
  const flat = pixels.ravel();
  flat.sort(); // expect: no-view-mutation
  return flat.get(Math.round(q * (flat.size - 1)));
}

export function percentileSafe(pixels: NDArray, q: number): number {
  const sorted = pixels.flatten();
  sorted.sort();
  return sorted.get(Math.round(q * (sorted.size - 1)));
}

/** Counts pixels outside [lo, hi] and clips them to the range. */
export function saturatedCount(pixels: NDArray, lo: number, hi: number): number {
  let count = 0;
  for (let i = 0; i < pixels.size; i++) {
    const v = pixels.data[i] as number;
    if (v < lo || v > hi) {
      count++;
      pixels.data[i] = v < lo ? lo : hi; // expect: no-alias-mutation
    }
  }
  return count;
}

export function histogram(pixels: NDArray, bins: number, lo: number, hi: number): NDArray {
  const counts = zeros(bins, "int32");
  const width = (hi - lo) / bins;
  const values = pixels.flatten().tolist() as number[];
  for (const v of values) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((v - lo) / width)));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

export function stretch(pixels: NDArray, lo: number, hi: number): NDArray {
  const out = pixels.sub(lo);
  out.imul(1 / Math.max(hi - lo, 1e-9));
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.min(1, Math.max(0, out.data[i] as number));
  }
  return out;
}

export function cumulative(counts: NDArray): NDArray {
  const cdf = counts.astype("float64");
  let running = 0;
  for (let i = 0; i < cdf.size; i++) {
    running += cdf.get(i);
    cdf.set(i, running);
  }
  cdf.idiv(running);
  return cdf;
}

function bar(n: number): string {
  return "#".repeat(n);
}

// --- demo --------------------------------------------------------------------
const frame = array([
  [0.31, 0.35, 0.33, 0.40, 0.42],
  [0.36, 0.48, 0.52, 0.47, 0.41],
  [0.38, 0.55, 0.98, 0.58, 0.44],
  [0.34, 0.46, 0.51, 0.49, 0.39],
  [0.02, 0.33, 0.37, 0.36, 0.35],
]);

const p5 = percentileSafe(frame, 0.05);
const p95 = percentileSafe(frame, 0.95);
console.log("p5 / p95 (safe):", p5, p95);
console.log("median:", percentile(frame, 0.5));

const hist = histogram(frame, 8, 0, 1);
const cdf = cumulative(hist);
(hist.tolist() as number[]).forEach((n, i) => console.log(`bin ${i}: ${bar(n)}`));
console.log("cdf:", (cdf.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

const clipped = saturatedCount(frame, p5, p95);
console.log("saturated pixels:", clipped);

const exported = stretch(frame, p5, p95);
console.log("exported range:", exported.min(), exported.max());
console.log("frame row 2:", frame.slice(2).tolist());
