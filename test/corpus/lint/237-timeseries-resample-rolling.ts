// Time-series toolkit for a metrics service: block resampling through reshaped views, rolling means into fresh buffers, in-place gap filling and rebinding detrend.
import { array, zeros, NDArray } from "ndalias";

export function resampleMean(series: NDArray, factor: number): NDArray {
  const blocks = series.reshape(-1, factor);
  const out = zeros(blocks.shape[0]);
  for (let b = 0; b < blocks.shape[0]; b++) {
    out.set(b, blocks.slice(b).mean());
  }
  return out;
}

export function rollingMean(series: NDArray, window: number): NDArray {
  const out = zeros(series.size - window + 1);
  for (let i = 0; i < out.size; i++) {
    out.set(i, series.slice(`${i}:${i + window}`).mean());
  }
  return out;
}

export function forwardFillGaps(series: NDArray, missing: number): void {
  for (let i = 1; i < series.size; i++) {
    if (series.get(i) === missing) series.set(i, series.get(i - 1));
  }
}

export function detrend(series: NDArray): NDArray {
  let level = series.slice("1:");
  level = level.sub(series.slice(":-1"));
  level.isub(level.mean());
  return level;
}

export function peakToPeak(series: NDArray, window: number): NDArray {
  const grid = series.copy().reshape(-1, window);
  grid.isub(grid.min());
  const spans = zeros(grid.shape[0]);
  for (let r = 0; r < grid.shape[0]; r++) spans.set(r, grid.slice(r).max());
  return spans;
}

const cpu = array([40, 42, -1, 47, 51, -1, 45, 44]);
forwardFillGaps(cpu, -1);
const hourly = resampleMean(cpu, 2);
hourly.imul(0.01);
console.log("hourly load:", hourly.tolist());
console.log("rolling:", rollingMean(cpu, 3).tolist(), "detrended:", detrend(cpu).tolist());
console.log("spans:", peakToPeak(cpu, 4).tolist());

const lastQuarter = cpu.slice("-2:");
const lastQuarterMax = lastQuarter.max();
cpu.fill(0);
const fresh = cpu.slice(":2");
console.log("last quarter peak before reset:", lastQuarterMax, "fresh head:", fresh.tolist(), cpu.sum());
