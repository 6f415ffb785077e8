// Segmentation post-processing: normalises a grayscale frame, blanks rejected scan rows, thresholds it into a mask and reports coverage.
// runnable
import { array, zeros, NDArray } from "ndalias";

const frame = array([
  [0.12, 0.40, 0.55, 0.61, 0.20, 0.05],
  [0.30, 0.72, 0.90, 0.84, 0.47, 0.10],
  [0.25, 0.66, 0.95, 0.99, 0.58, 0.15],
  [0.18, 0.52, 0.81, 0.77, 0.49, 0.12],
  [0.09, 0.33, 0.44, 0.41, 0.26, 0.08],
  [0.95, 0.97, 0.99, 0.96, 0.94, 0.98],
]);

const THRESHOLD = 0.5;
const REJECTED_ROWS = [5];

function binarize(img: NDArray, t: number): NDArray {
  const mask = img.copy();
  for (let i = 0; i < mask.size; i++) {
    mask.data[i] = (mask.data[i] as number) >= t ? 1 : 0;
  }
  return mask;
}

function coverage(mask: NDArray): number {
  return mask.sum() / mask.size;
}

function boundingBox(mask: NDArray): [number, number, number, number] | null {
  let top = -1;
  let bottom = -1;
  let left = mask.shape[1];
  let right = -1;
  for (let y = 0; y < mask.shape[0]; y++) {
    for (let x = 0; x < mask.shape[1]; x++) {
      if (mask.get(y, x) > 0) {
        if (top < 0) top = y;
        bottom = y;
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return top < 0 ? null : [top, left, bottom, right];
}

function erodeRows(mask: NDArray): NDArray {
  const out = zeros(mask.shape);
  for (let y = 1; y < mask.shape[0] - 1; y++) {
    for (let x = 0; x < mask.shape[1]; x++) {
      const keep = mask.get(y - 1, x) > 0 && mask.get(y, x) > 0 && mask.get(y + 1, x) > 0;
      out.set([y, x], keep ? 1 : 0);
    }
  }
  return out;
}

// --- 1. normalise exposure to [0, 1] before thresholding ----------------------
const peak = frame.max();
const normalized = frame.astype("float32");
normalized.idiv(peak); // expect: no-lost-write
console.log("peak before normalisation:", peak);

// --- 2. blank the saturated scan line(s) reported by the sensor ---------------
frame.take(REJECTED_ROWS, 0).fill(0); // expect: no-lost-write
console.log("rejected rows:", REJECTED_ROWS.join(", "));

// --- 3. threshold and clean up ------------------------------------------------
const mask = binarize(frame, THRESHOLD);
mask.slice(0).fill(0);
mask.slice(":", 0).fill(0);
const eroded = erodeRows(mask);

console.log("mask:");
for (const row of mask.tolist() as number[][]) console.log("  " + row.join(" "));
console.log("coverage:", coverage(mask).toFixed(3));
console.log("eroded coverage:", coverage(eroded).toFixed(3));
console.log("bounding box:", boundingBox(mask));

// --- 4. overlay for the viewer: a scaled copy that is then displayed ----------
const overlay = mask.mul(200);
overlay.iadd(frame.mul(55));
console.log("overlay row 2:", overlay.slice(2).tolist());
