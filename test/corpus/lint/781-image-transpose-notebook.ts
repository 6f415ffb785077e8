// Notebook port: prepares a small grayscale image — plotting orientation, pixel stats, contrast stretch and a threshold mask.
import { arange, array, zeros, NDArray } from "ndalias";

// %% [1] load: a 4x6 test image with values 0..23
const img = arange(24).reshape(4, 6);
console.log("image:", img.tolist());
console.log("mean intensity:", img.mean(), "range:", img.min(), "-", img.max());

// %% [2] row and column profiles (views, read only)
const rowProfile = zeros(4);
for (let r = 0; r < 4; r++) rowProfile.set(r, img.slice(r).mean());
const colProfile = zeros(6);
for (let c = 0; c < 6; c++) colProfile.set(c, img.slice(":", c).mean());
console.log("row profile:", rowProfile.tolist());
console.log("column profile:", colProfile.tolist());

// %% [3] the plotting helper wants (width, height) — use the transpose
const imgT = img.T;
console.log("plot shape:", imgT.shape);
// mark the origin so the orientation is visible in the plot
imgT.set([0, 0], 255); // expect: no-view-mutation
console.log("plotted:", imgT.tolist());
console.log("first image row for the caption:", img.slice(0).tolist());

// %% [4] pixel vector: flatten() gives a private copy
const pixels = img.flatten();
pixels.idiv(pixels.max());
console.log("normalised pixels:", pixels.tolist());

// %% [5] contrast stretch on a copy of the image
const stretched = img.copy();
const lo = stretched.min();
const hi = stretched.max();
stretched.isub(lo);
stretched.imul(1 / (hi - lo));
console.log("stretched:", stretched.tolist());

// %% [6] gamma correction, built from arithmetic only
let gamma = stretched.mul(stretched);
gamma = gamma.mul(0.5).add(stretched.mul(0.5));
console.log("gamma:", gamma.tolist());

// %% [7] simple gradient image on its own buffer
const grad = zeros([4, 6]);
for (let r = 0; r < 4; r++) {
  grad.slice(r).fill(r * 10);
}
grad.slice(":", "::2").iadd(1);
console.log("gradient:", grad.tolist());

// %% [8] threshold mask: walk the pixels as one long row
const asRow = img.reshape(24);
let dark = 0;
for (let k = 0; k < asRow.size; k++) {
  if (asRow.get(k) < 12) {
    asRow.set(k, 0); // expect: no-view-mutation
    dark++;
  }
}
console.log("dark pixels:", dark);
console.log("image sum after thresholding:", img.sum());

// %% [9] the mask we actually wanted: a separate 0/1 array
const mask = zeros([4, 6], "uint8");
for (let r = 0; r < 4; r++) {
  for (let c = 0; c < 6; c++) {
    if (stretched.get(r, c) >= 0.5) mask.set([r, c], 1);
  }
}
console.log("mask:", mask.tolist(), "bright pixels:", mask.sum());

// %% [10] crop for the thumbnail: copy() before writing the border
const thumb = stretched.slice("1:3, 1:5").copy();
thumb.slice(0).fill(1);
thumb.slice(-1).fill(1);
console.log("thumbnail:", thumb.tolist());

// %% [11] histogram of the stretched image in 4 bins
function histogram(x: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const flat = x.flatten();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor(flat.get(i) * bins));
    counts[b]++;
  }
  return counts;
}
console.log("histogram:", histogram(stretched, 4));

// %% [12] reference image for the tests, a fresh array
const reference = array([
  [0, 1, 2, 3, 4, 5],
  [6, 7, 8, 9, 10, 11],
]);
console.log("reference total:", reference.sum());
