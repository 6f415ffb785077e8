// Smoothing helpers for a telemetry feed: an exponential moving average with an optional output buffer and a rolling variance.
import { array, zeros, NDArray } from "ndalias";

interface SmoothOptions {
  alpha?: number;
  out?: NDArray;
}

export function ema(signal: NDArray, { alpha = 0.3, out = signal }: SmoothOptions = {}): NDArray {
  if (out.size !== signal.size) {
    throw new RangeError(`output has ${out.size} samples, expected ${signal.size}`);
  }
  let level = signal.get(0);
  for (let i = 0; i < signal.size; i++) {
    level = alpha * signal.get(i) + (1 - alpha) * level;
    out.set(i, level); // expect: no-alias-mutation
  }
  return out;
}

export function rollingVariance(signal: NDArray, window: number): NDArray {
  const result = zeros(signal.size);
  for (let i = 0; i < signal.size; i++) {
    const lo = Math.max(0, i - window + 1);
    const win = signal.slice(`${lo}:${i + 1}`);
    const centered = win.sub(win.mean());
    result.set(i, centered.mul(centered).mean());
  }
  return result;
}

export function spikes(signal: NDArray, threshold: number): number[] {
  const found: number[] = [];
  const variance = rollingVariance(signal, 4);
  for (let i = 1; i < signal.size; i++) {
    const jump = Math.abs(signal.get(i) - signal.get(i - 1));
    if (jump > threshold * Math.sqrt(variance.get(i - 1) + 1e-9)) found.push(i);
  }
  return found;
}

const feed = array([20.1, 20.3, 20.2, 24.9, 20.4, 20.6, 20.5, 20.8]);
const spikeIndices = spikes(feed, 3);
const smooth = ema(feed, { alpha: 0.5 });
const spread = rollingVariance(feed, 3);

console.log("spikes at:", spikeIndices);
console.log("smoothed:", smooth.tolist());
console.log("rolling variance:", spread.tolist());
