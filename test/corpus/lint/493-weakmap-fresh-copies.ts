// Per-array normalisation with a WeakMap cache of statistics: every scaled result is a fresh copy that is returned or printed.
import { array, NDArray } from "ndalias";

interface Stats {
  mean: number;
  std: number;
}

const statsCache = new WeakMap<NDArray, Stats>();

function statsOf(x: NDArray): Stats {
  let s = statsCache.get(x);
  if (!s) {
    const mean = x.mean();
    const d = x.sub(mean);
    s = { mean, std: Math.sqrt(d.mul(d).mean()) };
    statsCache.set(x, s);
  }
  return s;
}

export function zscore(x: NDArray): NDArray {
  const { mean, std } = statsOf(x);
  const z = x.sub(mean);
  z.idiv(std || 1);
  return z;
}

export function quantize(x: NDArray, levels: number): NDArray {
  const { std } = statsOf(x);
  const q = zscore(x).astype("float32");
  q.imul(levels / Math.max(std, 1));
  return q.astype("int32");
}

export function topK(x: NDArray, k: number): number[] {
  const sorted = x.flatten();
  sorted.sort();
  return sorted.slice(`-${k}:`).tolist() as number[];
}

export function withoutIndices(x: NDArray, drop: Set<number>): NDArray {
  const keep = [...Array(x.size).keys()].filter((i) => !drop.has(i));
  const kept = x.take(keep);
  kept.isub(kept.min());
  return kept;
}

const heights = array([172, 165, 181, 158, 177, 169]);
const z = zscore(heights);
console.log("z-scores:", z.tolist());
console.log("quantized:", quantize(heights, 4).tolist());
console.log("top 2:", topK(heights, 2));
console.log("relative to min, without #2:", withoutIndices(heights, new Set([2])).tolist());

const scaled = heights.mul(0.01);
scaled.isub(1.5);
let label: string | undefined;
label ||= scaled.max() > 0.3 ? "tall" : "mixed";
console.log(label, scaled.tolist(), "cached stats:", statsCache.has(heights));
