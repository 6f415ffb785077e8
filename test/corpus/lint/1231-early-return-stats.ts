// Robust summary statistics with early exits: trimmed mean, peak after warm-up, first threshold crossing and a head ratio.
import { array, arange, NDArray } from "ndalias";

export function trimmedMean(samples: NDArray, trim: number): number {
  const work = samples.flatten();
  if (work.size <= 2 * trim) return work.mean();
  work.sort();
  const kept = work.slice(`${trim}:${work.size - trim}`);
  return kept.mean();
}

export function peakAfterWarmup(trace: NDArray, warm: number): number {
  const buf = trace.copy();
  const tail = buf.slice(`${warm}:`);
  if (tail.size === 0) return buf.max();
  tail.isub(tail.min());
  return tail.max();
}

export function firstCrossing(series: NDArray, threshold: number): number {
  const levels = series.copy();
  if (levels.max() > threshold) return 0;
  // reuse the copy as the running total
  const running = levels;
  for (let i = 1; i < running.size; i++) {
    running.set(i, running.get(i) + running.get(i - 1));
    if (running.get(i) > threshold) return i;
  }
  return -1;
}

export function headRatio(x: NDArray): number {
  const work = x.copy();
  const head = work.slice(":2");
  if (head.sum() === 0) {
    work.fill(1);
    return work.sum();
  }
  return head.mean() / work.mean();
}

export function spikeCount(trace: NDArray, k: number): number {
  const centred = trace.sub(trace.mean());
  const sd = Math.sqrt(centred.mul(centred).mean());
  if (sd === 0) return 0;
  centred.idiv(sd);
  let count = 0;
  for (let i = 0; i < centred.size; i++) {
    if (Math.abs(centred.get(i)) < k) continue;
    count++;
  }
  return count;
}

export function lastAboveMean(trace: NDArray): number {
  const m = trace.mean();
  for (let i = trace.size - 1; i >= 0; i--) {
    if (trace.get(i) > m) return i;
  }
  return -1;
}

export function winsorize(trace: NDArray, lo: number, hi: number): NDArray {
  const out = trace.copy();
  if (lo >= hi) return out;
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i);
    if (v < lo) {
      out.set(i, lo);
      continue;
    }
    if (v > hi) out.set(i, hi);
  }
  return out;
}

const series = arange(1, 9);
const noisy = array([0.1, 0.2, 5.0, 0.15, 0.05, -4.8, 0.2, 0.1]);
const zerosHead = array([0, 0, 3, 4]);

console.log("trimmed mean:", trimmedMean(series, 1));
console.log("trimmed mean (short):", trimmedMean(array([3, 9]), 1));
console.log("peak after warm-up:", peakAfterWarmup(noisy, 3));
console.log("peak with no tail:", peakAfterWarmup(noisy, 20));
console.log("first crossing:", firstCrossing(series, 10), firstCrossing(series, 7.5), firstCrossing(series, 100));
console.log("head ratio:", headRatio(series).toFixed(3), headRatio(zerosHead));
console.log("spikes:", spikeCount(noisy, 1.5), "last above mean:", lastAboveMean(noisy));

const bounded = winsorize(noisy, -1, 1);
console.log("winsorized:", bounded.tolist());
console.log("inputs unchanged:", series.tolist(), noisy.tolist(), zerosHead.tolist());
