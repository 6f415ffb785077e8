// Unsharp masking of an 8-bit image with percentile stretch, keeping pristine copies (transposed, flattened, cropped, sampled) for before/after comparison.
import { array, zeros, NDArray } from "ndalias";

const raw = array(
  [
    [30, 32, 35, 90, 92, 95],
    [31, 33, 36, 91, 94, 96],
    [29, 34, 37, 93, 95, 97],
    [60, 62, 64, 200, 205, 210],
    [61, 63, 66, 202, 207, 212],
    [59, 62, 65, 204, 209, 214],
  ],
  "uint8",
);

// 3x3 box blur into a new array (edges clamped).
function boxBlur(img: NDArray): NDArray {
  const [h, w] = img.shape;
  const out = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          acc += img.get(Math.min(h - 1, Math.max(0, y + dy)), Math.min(w - 1, Math.max(0, x + dx)));
        }
      }
      out.set([y, x], acc / 9);
    }
  }
  return out;
}

function percentile(sortedFlat: NDArray, p: number): number {
  const idx = Math.min(sortedFlat.size - 1, Math.max(0, Math.round((p / 100) * (sortedFlat.size - 1))));
  return sortedFlat.get(idx);
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

const work = raw.astype("float64");

// Pristine references, all taken as copies before anything is written.
const columnsBefore = work.T.copy();
const sortedBefore = work.flatten();
sortedBefore.sort();
const p5 = percentile(sortedBefore, 5);
const p95 = percentile(sortedBefore, 95);
console.log("5th / 95th percentile:", p5, p95);
const cornerIdx = [0, 5, 30, 35];
const cornersBefore = work.take(cornerIdx);

// Unsharp mask: add back the amplified detail layer.
const blurred = boxBlur(work);
const detail = work.sub(blurred);
detail.imul(1.5);
console.log("detail range:", detail.min().toFixed(2), detail.max().toFixed(2));
work.iadd(detail);

// Percentile stretch to 0..255 with clipping.
work.isub(p5);
work.imul(255 / (p95 - p5));
const beforeClip = work.copy();
for (let y = 0; y < work.shape[0]; y++) {
  for (let x = 0; x < work.shape[1]; x++) {
    const v = work.get(y, x);
    if (v < 0 || v > 255) work.set([y, x], Math.min(255, Math.max(0, v)));
  }
}
console.log("clipped by up to:", maxAbsDiff(beforeClip, work).toFixed(2));

// The transposed reference still shows the input, column by column.
console.log("first column before:", columnsBefore.slice(0).tolist());
console.log("first column after:", (work.T.slice(0).tolist() as number[]).map((v) => Math.round(v)));
console.log("largest change:", maxAbsDiff(columnsBefore.T, work).toFixed(1));

// Corner samples, rescaled on their own copy for the report.
const cornersAfter = work.take(cornerIdx);
cornersAfter.isub(cornersBefore);
console.log("corner shifts:", (cornersAfter.tolist() as number[]).map((v) => v.toFixed(1)));

// Centre crop, mean-removed on a copy for a local-contrast figure.
const crop = work.slice("2:4, 2:4").copy();
crop.isub(crop.mean());
console.log("centre local contrast:", Math.sqrt(crop.mul(crop).mean()).toFixed(2));

// Normalised float version of the raw input for a second pipeline.
const normalised = raw.astype("float64").idiv(255);
console.log("normalised mean:", normalised.mean().toFixed(4), "raw mean:", raw.mean().toFixed(2));
