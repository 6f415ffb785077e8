// Camera tile pipeline: archives the raw 2x3 capture through a 2-D layout, clamps hot pixels for display and exports both.
// runnable
import { array, NDArray } from "ndalias";

const HOT_PIXEL = 250;

function rowMeans(img: NDArray): number[] {
  const out: number[] = [];
  for (let r = 0; r < img.shape[0]; r++) {
    out.push(img.slice(r).mean());
  }
  return out;
}

function histogram(pixels: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < pixels.size; i++) {
    const b = Math.min(bins - 1, Math.floor((pixels.get(i) / 256) * bins));
    counts[b] += 1;
  }
  return counts;
}

function gammaCorrected(pixels: NDArray, gamma: number): NDArray {
  const out = pixels.div(255);
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.pow(out.get(i), 1 / gamma) * 255);
  }
  return out;
}

// Raw sensor readout, one flat buffer per tile.
const capture = array([12, 200, 14, 13, 15, 255]);

// Quick-look statistics on an independent copy, sorted for the median.
const sortedCopy = capture.flatten();
sortedCopy.sort();
const median = (sortedCopy.get(2) + sortedCopy.get(3)) / 2;
console.log("median level:", median, "histogram:", histogram(capture, 4));

// The archive keeps the capture in its 2-D tile layout.
const archiveTile = capture.reshape(2, 3);
console.log("archived row means:", rowMeans(archiveTile));

// Display path: a gamma-corrected preview made from a copy.
const preview = gammaCorrected(capture, 2.2);
const previewValues = preview.tolist() as number[];
console.log("preview:", previewValues.map((v) => Math.round(v)));

// Hot-pixel clamp for the display buffer.
let clamped = 0;
for (let i = 0; i < capture.size; i++) {
  if (capture.get(i) > HOT_PIXEL) {
    capture.set(i, HOT_PIXEL); // expect: no-view-mutation
    clamped += 1;
  }
}
console.log("clamped pixels:", clamped);

// Display statistics after the clamp.
const displayLevels = capture.copy();
displayLevels.idiv(HOT_PIXEL);
const levelValues = displayLevels.tolist() as number[];
console.log("display levels:", levelValues.map((v) => v.toFixed(2)));

// Export: the archive should hold the untouched readout.
const exported = {
  archive: archiveTile.tolist(),
  archiveMax: archiveTile.max(),
  display: capture.tolist(),
  median,
};
console.log("export:", JSON.stringify(exported));

// Separate dark-frame subtraction on a fresh buffer.
const dark = array([2, 3, 2, 2, 3, 4]);
const darkCorrected = capture.sub(dark);
darkCorrected.imul(1.01);
console.log("dark corrected mean:", darkCorrected.mean().toFixed(2));
console.log("dark frame total:", dark.sum());
