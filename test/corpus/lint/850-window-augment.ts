// Data-augmentation helpers for windows of sensor data: jitter, clipping, channel gain on picked rows, mixup and a pipeline.
import { array, zeros, NDArray } from "ndalias";

export type Rng = () => number;

export interface AugmentOptions {
  jitter?: number;
  clip?: [lo: number, hi: number];
  gain?: { rows: number[]; factor: number };
  mix?: { other: NDArray; lambda: number };
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function jitter(window: NDArray, amount: number, rand: Rng): NDArray {
  const out = window.copy();
  for (let i = 0; i < out.size; i++) {
    out.data[i] = (out.data[i] as number) + (rand() - 0.5) * amount;
  }
  return out;
}

export function clipped(window: NDArray, lo?: number, hi?: number): NDArray {
  if (lo === undefined && hi === undefined) return window;
  const out = window.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));
  }
  return out;
}

export function mixup(a: NDArray, b: NDArray, lambda: number): NDArray {
  const mixed = a.mul(lambda);
  mixed.iadd(b.mul(1 - lambda));
  return mixed;
}

export function boostRows(windows: NDArray, rows: number[], factor: number): number {
  const picked = windows.take(rows, 0);
  picked.imul(factor); // expect: no-lost-write
  return windows.max();
}

export function normalizeInPlace(windows: NDArray): void {
  const mu = windows.mean();
  windows.isub(mu);
  const spread = windows.max() - windows.min();
  if (spread > 0) windows.idiv(spread);
}

export function augment(windows: NDArray, rand: Rng, opts: AugmentOptions = {}): NDArray {
  const { jitter: amount = 0, clip: [lo, hi] = [undefined, undefined], gain, mix } = opts;
  let out = amount > 0 ? jitter(windows, amount, rand) : windows.copy();
  if (gain) {
    const rows = out.take(gain.rows, 0);
    rows.imul(gain.factor);
    out = rows;
  }
  out = clipped(out, lo, hi);
  if (mix) out = mixup(out, mix.other.take(gain?.rows ?? [0, 1], 0), mix.lambda);
  return out;
}

export function batchStats(windows: NDArray): { rows: number; mean: number; peak: number } {
  return { rows: windows.shape[0], mean: windows.mean(), peak: windows.max() };
}

export function demo(): void {
  const rand = mulberry32(7);
  const windows = array([
    [0.1, 0.4, 0.3],
    [0.9, 0.7, 0.8],
    [0.2, 0.2, 0.5],
    [0.6, 0.1, 0.0],
  ]);
  const noise = zeros([4, 3]);
  noise.fill(0.05);
  const augmented = augment(windows, rand, {
    jitter: 0.1,
    clip: [0, 1],
    gain: { rows: [1, 3], factor: 1.5 },
    mix: { other: noise, lambda: 0.8 },
  });
  console.log("augmented:", augmented.tolist(), batchStats(augmented));
  console.log("peak after boost:", boostRows(windows, [0, 2], 2));
  const centred = windows.copy();
  normalizeInPlace(centred);
  console.log("centred:", centred.tolist(), "original:", windows.tolist());
}
