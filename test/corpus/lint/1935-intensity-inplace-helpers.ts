// Intensity preprocessing for an MR slice stack: in-place windowing helpers, a ping-pong smoothing of a line profile, and display scaling.
import { array, zeros, NDArray } from "ndalias";

/** Clamps every voxel to the window [center - width/2, center + width/2] and maps it to [0, 1], in place. */
function windowInPlace(vol: NDArray, center: number, width: number): void {
  const lo = center - width / 2;
  for (let i = 0; i < vol.size; i++) {
    const v = vol.data[i] as number;
    vol.data[i] = Math.min(1, Math.max(0, (v - lo) / width));
  }
}

/** Subtracts the per-slice mean of every slice, in place. */
function demeanSlices(vol: NDArray): void {
  for (let z = 0; z < vol.shape[0]; z++) {
    const slab = vol.slice(z);
    slab.isub(slab.mean());
  }
}

function smoothProfile(profile: NDArray, iterations: number): NDArray {
  let src = profile.copy();
  let dst = zeros(profile.size);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < src.size; i++) {
      const left = src.get(Math.max(0, i - 1));
      const right = src.get(Math.min(src.size - 1, i + 1));
      dst.set(i, 0.25 * left + 0.5 * src.get(i) + 0.25 * right);
    }
    [src, dst] = [dst, src];
  }
  return src;
}

function toDisplayRange(vol: NDArray, lo: number, hi: number): NDArray {
  let display: NDArray = vol;
  display = display.sub(lo);
  display.imul(255 / (hi - lo));
  return display;
}

function stackStats(vol: NDArray): string {
  const parts: string[] = [];
  for (let z = 0; z < vol.shape[0]; z++) {
    const s = vol.slice(z);
    parts.push(`${s.min().toFixed(2)}..${s.max().toFixed(2)}`);
  }
  return parts.join(" | ");
}

const mrStack = array([
  [
    [120, 180, 240],
    [310, 420, 380],
    [150, 90, 60],
  ],
  [
    [130, 200, 260],
    [330, 450, 400],
    [160, 100, 70],
  ],
]);
console.log("raw stack:", stackStats(mrStack));

const forDisplay = toDisplayRange(mrStack, 50, 500);
console.log("display values of slice 0:", forDisplay.slice(0).tolist());
console.log("raw stack after display scaling:", stackStats(mrStack));

const centreLine = mrStack.slice(1, 1).copy();
const smoothed = smoothProfile(centreLine, 3);
console.log("centre line:", centreLine.tolist(), "smoothed:", smoothed.tolist());

const working = mrStack.copy();
windowInPlace(working, 275, 450);
demeanSlices(working);
console.log("windowed and demeaned:", stackStats(working));

windowInPlace(mrStack, 250, 500);
console.log("raw stack windowed for the viewer:", stackStats(mrStack));

const perSliceMax: number[] = [];
mrStack.slice(0).imul(2);
for (let z = 0; z < mrStack.shape[0]; z++) {
  perSliceMax.push(mrStack.slice(z).max());
}
console.log("per-slice maxima after boosting slice 0:", perSliceMax);
