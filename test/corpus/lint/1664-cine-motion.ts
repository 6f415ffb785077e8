// Cardiac cine analysis: downsamples each frame of a 4-D series into a reused buffer, measures frame-to-frame motion and finds bright-pool percentiles.
import { zeros, NDArray } from "ndalias";

const FRAMES = 6;
const SLICES = 2;
const ROWS = 8;
const COLS = 8;

function makeCine(): NDArray {
  const cine = zeros([FRAMES, SLICES, ROWS, COLS]);
  for (let t = 0; t < FRAMES; t++) {
    const radius = 2 + 1.2 * Math.sin((2 * Math.PI * t) / FRAMES);
    for (let s = 0; s < SLICES; s++) {
      for (let y = 0; y < ROWS; y++) {
        for (let x = 0; x < COLS; x++) {
          const r = Math.hypot(y - 3.5, x - 3.5);
          cine.set([t, s, y, x], r <= radius ? 300 - 10 * s : 60);
        }
      }
    }
  }
  return cine;
}

/** Averages 2x2 in-plane blocks of one frame into dst (shape [slices, rows/2, cols/2]). */
function downsample2x(frame: NDArray, dst: NDArray): void {
  const [slices, rows, cols] = dst.shape;
  for (let s = 0; s < slices; s++) {
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        const sum =
          frame.get(s, 2 * y, 2 * x) + frame.get(s, 2 * y + 1, 2 * x) +
          frame.get(s, 2 * y, 2 * x + 1) + frame.get(s, 2 * y + 1, 2 * x + 1);
        dst.set([s, y, x], sum / 4);
      }
    }
  }
}

/** Mean squared difference between consecutive downsampled frames. */
export function motionEnergy(cine: NDArray): number[] {
  const [frames, slices, rows, cols] = cine.shape;
  const buffer = zeros([slices, rows / 2, cols / 2]);
  let previous: NDArray | null = null;
  const energy: number[] = [];
  for (let t = 0; t < frames; t++) {
    downsample2x(cine.slice(t), buffer);
    if (previous !== null) {
      const d = buffer.sub(previous);
      energy.push(d.mul(d).mean());
    }
    previous = buffer.copy();
  }
  return energy;
}

/** Frame index with the largest change from the previous frame, on a strided preview. */
export function peakMotionFrame(cine: NDArray): number {
  const [frames, slices, rows, cols] = cine.shape;
  const buffer = zeros([slices, rows / 2, cols / 2]);
  let previous: NDArray | null = null;
  let best = -1;
  let bestChange = -Infinity;
  for (let t = 0; t < frames; t++) {
    buffer.assign(":", cine.slice(t, ":", "::2", "::2")); // expect: no-alias-mutation
    if (previous !== null) {
      const change = buffer.sub(previous).mul(buffer.sub(previous)).sum();
      if (change > bestChange) {
        bestChange = change;
        best = t;
      }
    }
    previous = buffer;
  }
  return best;
}

/** Intensity at the given percentile of one frame (blood-pool brightness). */
export function framePercentile(cine: NDArray, t: number, p: number): number {
  const frame = cine.slice(t);
  const voxels = frame.reshape(-1);
  voxels.sort(); // expect: no-view-mutation
  return voxels.get(Math.round(p * (voxels.size - 1)));
}

export function meanCurve(cine: NDArray): number[] {
  const curve: number[] = [];
  for (let t = 0; t < cine.shape[0]; t++) curve.push(cine.slice(t).mean());
  return curve;
}

const cine = makeCine();
console.log("motion energy:", motionEnergy(cine).map((e) => e.toFixed(1)).join(" "));
console.log("peak motion frame:", peakMotionFrame(cine));
console.log("p90 per frame:", [0, 1, 2].map((t) => framePercentile(cine, t, 0.9)));
console.log("mean curve:", meanCurve(cine).map((m) => m.toFixed(1)).join(" "));
