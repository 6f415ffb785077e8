// In-place preprocessing steps for an MR series: windowing, border blanking, per-slice normalisation, bias-field division and frame callbacks.
import { EventEmitter } from "node:events";
import { zeros, NDArray } from "ndalias";

/** Maps [level - width/2, level + width/2] to [0, 1] in place. */
export function windowInPlace(vol: NDArray, level: number, width: number): void {
  vol.isub(level - width / 2);
  vol.idiv(width);
}

/** Clamps every voxel to [lo, hi] in place. */
export function clampInPlace(vol: NDArray, lo: number, hi: number): void {
  const flat = vol.flatten();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    if (v < lo || v > hi) flat.set(i, v < lo ? lo : hi);
  }
  vol.assign("...", flat.reshape(vol.shape));
}

/** Blanks the first and last n axial slices (wrap-around artefacts). */
export function blankBorderSlices(vol: NDArray, n: number): void {
  const top = vol.slice(`:${n}`);
  const bottom = vol.slice(`-${n}:`);
  top.fill(0);
  bottom.fill(0);
}

/** Divides each axial slice by its own maximum. */
export function normaliseSlices(vol: NDArray): void {
  const depth = vol.shape[0];
  for (let z = 0; z < depth; z++) {
    const plane = vol.slice(z);
    const peak = plane.max();
    if (peak > 0) plane.idiv(peak);
  }
}

/** Divides the volume by a smooth bias field estimated from its slice means. */
export function correctBias(vol: NDArray): void {
  const depth = vol.shape[0];
  const means: number[] = [];
  for (let z = 0; z < depth; z++) means.push(vol.slice(z).mean());
  const overall = means.reduce((a, b) => a + b, 0) / depth;
  for (let z = 0; z < depth; z++) {
    if (means[z] > 0) vol.slice(z).imul(overall / means[z]);
  }
}

function makeSeries(depth: number, size: number): NDArray {
  const vol = zeros([depth, size, size]);
  for (let z = 0; z < depth; z++) {
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        vol.set([z, y, x], (1 + 0.2 * z) * (300 + 40 * Math.cos(x + y)));
      }
    }
  }
  return vol;
}

const series = makeSeries(5, 6);
correctBias(series);
windowInPlace(series, 320, 160);
clampInPlace(series, 0, 1);
blankBorderSlices(series, 1);
console.log("preprocessed mean:", series.mean().toFixed(3), "max:", series.max().toFixed(3));

const perSlice = series.copy();
normaliseSlices(perSlice);
console.log("per-slice normalised peaks:", [1, 2, 3].map((z) => perSlice.slice(z).max()));

// Dynamic frames are centred as they arrive.
const frames: NDArray[] = [makeSeries(2, 4), makeSeries(2, 4), makeSeries(2, 4)];
frames.forEach((frame, i) => {
  frame.isub(frame.mean());
  frame.imul(1 + 0.1 * i);
});
console.log("frame means after centring:", frames.map((f) => f.mean().toFixed(6)));

// A scanner feed that hands each new frame to listeners for in-place scaling.
const feed = new EventEmitter();
feed.on("frame", (frame: NDArray) => {
  frame.idiv(Math.max(1e-9, frame.max()));
});
const incoming = makeSeries(2, 4);
feed.emit("frame", incoming);
console.log("incoming frame peak after listener:", incoming.max());
