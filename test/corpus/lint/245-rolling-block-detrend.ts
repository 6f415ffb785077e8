// Rolling-window feature extraction for a telemetry pipeline: EWMA smoothing, per-block detrending through a reshaped view, and an in-place demean helper.
import { array, zeros, NDArray } from "ndalias";

export function ewma(series: NDArray, alpha: number): NDArray {
  const out = series.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, alpha * out.get(i) + (1 - alpha) * out.get(i - 1));
  }
  return out;
}

export function rollingMax(series: NDArray, window: number): NDArray {
  const out = zeros(series.size - window + 1);
  for (let i = 0; i < out.size; i++) out.set(i, series.slice(`${i}:${i + window}`).max());
  return out;
}

export function blockDetrend(series: NDArray, block: number): NDArray {
  const blocks = series.reshape(-1, block);
  const means = zeros([blocks.shape[0], 1]);
  for (let b = 0; b < blocks.shape[0]; b++) means.set([b, 0], blocks.slice(b).mean());
  blocks.isub(means); // expect: no-view-mutation
  return blocks;
}

export function blockRanges(series: NDArray, block: number): NDArray {
  const blocks = series.reshape(-1, block).copy();
  blocks.sort(1);
  const ranges = zeros(blocks.shape[0]);
  for (let b = 0; b < blocks.shape[0]; b++) ranges.set(b, blocks.get(b, block - 1) - blocks.get(b, 0));
  return ranges;
}

export function demeanInPlace(series: NDArray): void {
  series.copy().isub(series.mean()); // expect: no-lost-write
}

export function scaleInPlace(series: NDArray, factor: number): void {
  const head = series.slice(":");
  head.imul(factor);
}

const telemetry = array([3, 5, 4, 8, 9, 7, 2, 2, 3]);
const smooth = ewma(telemetry, 0.5);
smooth.imul(10);
console.log("smoothed x10:", smooth.tolist(), "rolling max:", rollingMax(telemetry, 3).tolist());
console.log("ranges:", blockRanges(telemetry, 3).tolist());
const detrended = blockDetrend(telemetry.copy(), 3);
console.log("detrended blocks:", detrended.tolist());
demeanInPlace(telemetry);
scaleInPlace(telemetry, 2);
console.log("telemetry:", telemetry.tolist());
