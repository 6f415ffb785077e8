// Order statistics on sensor readings: Lomuto partitioning, quickselect and trimmed means, all on private copies.
import { array, zeros, NDArray } from "ndalias";

function swap(x: NDArray, i: number, j: number): void {
  const t = x.get(i);
  x.set(i, x.get(j));
  x.set(j, t);
}

export function quickselect(values: NDArray, k: number): number {
  const work = values.flatten();
  let lo = 0;
  let hi = work.size - 1;
  while (lo < hi) {
    // Lomuto partition of work[lo..hi] around its last element.
    const pivot = work.get(hi);
    let p = lo;
    for (let i = lo; i < hi; i++) {
      if (work.get(i) < pivot) {
        if (i !== p) swap(work, i, p);
        p++;
      }
    }
    if (p !== hi) swap(work, p, hi);
    if (p === k) break;
    if (p < k) lo = p + 1;
    else hi = p - 1;
  }
  return work.get(k);
}

export function trimmedMean(values: NDArray, fraction: number): number {
  const sorted = values.copy();
  sorted.sort();
  const cut = Math.floor(sorted.size * fraction);
  let s = 0;
  for (let i = cut; i < sorted.size - cut; i++) s += sorted.get(i);
  return s / (sorted.size - 2 * cut);
}

export function interquartileRange(values: NDArray): number {
  const n = values.size;
  const q1 = quickselect(values, Math.floor(n / 4));
  const q3 = quickselect(values, Math.floor((3 * n) / 4));
  return q3 - q1;
}

export function rankOf(values: NDArray, v: number): number {
  const ranked = values.astype("float64");
  ranked.sort();
  let r = 0;
  while (r < ranked.size && ranked.get(r) < v) r++;
  return r;
}

export function clampOutliers(values: NDArray, k: number): NDArray {
  const med = quickselect(values, Math.floor(values.size / 2));
  const spread = interquartileRange(values);
  const out = values.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i);
    if (v > med + k * spread) out.set(i, med + k * spread);
    else if (v < med - k * spread) out.set(i, med - k * spread);
  }
  return out;
}

// The k largest readings as fractions of the total; the flattened copy is sorted, never the readings.
export function topShares(values: NDArray, k: number): NDArray {
  const flat = values.ravel();
  const desc = values.flatten();
  desc.sort();
  const out = zeros(k);
  for (let i = 0; i < k; i++) out.set(i, desc.get(desc.size - 1 - i));
  const total = flat.sum();
  out.idiv(total === 0 ? 1 : total);
  return out;
}

const readings = array([12.1, 11.8, 55.0, 12.4, 12.0, 11.9, -30.2, 12.3, 12.2, 11.7, 12.6]);
console.log("median:", quickselect(readings, Math.floor(readings.size / 2)));
console.log("trimmed mean:", trimmedMean(readings, 0.2).toFixed(3));
console.log("IQR:", interquartileRange(readings).toFixed(3));
console.log("rank of 12.0:", rankOf(readings, 12.0));
const clean = clampOutliers(readings, 3);
console.log("clamped:", clean.tolist());
console.log("top shares:", topShares(readings, 3).tolist());
console.log("raw order kept:", readings.get(2), readings.get(6));
