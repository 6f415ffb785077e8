// Fixes the exposure of an 8-bit image: lifts crushed shadows, clamps blown highlights, searches a gamma and prints image statistics.
// runnable
import { array, NDArray } from "ndalias";

const image = array(
  [
    [12, 40, 200, 180],
    [255, 30, 90, 60],
    [8, 250, 128, 140],
  ],
  "uint8",
);
const SHADOW = 16;
const HIGHLIGHT = 250;

function histogram(img: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const flat = img.flatten();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor((flat.get(i) / 256) * bins));
    counts[b]++;
  }
  return counts;
}

function darkIndices(img: NDArray): number[] {
  const idx: number[] = [];
  const flat = img.flatten();
  let i = 0;
  do {
    if (flat.get(i) < SHADOW) idx.push(i);
    i++;
  } while (i < flat.size);
  return idx;
}

console.log("histogram before:", histogram(image, 4).join(" "));

// 1. Lift crushed shadows.
const dark = darkIndices(image);
if (dark.length > 0) {
  image.take(dark).iadd(SHADOW); // expect: no-lost-write
}

// 2. Clamp blown highlights, at most one per row.
const cols = image.shape[1];
const pixels = image.flatten();
let clamped = 0;
rows: for (let r = 0; r < image.shape[0]; r++) {
  for (let c = 0; c < cols; c++) {
    if (image.get(r, c) >= HIGHLIGHT) {
      pixels.set(r * cols + c, HIGHLIGHT - 10); // expect: no-lost-write
      clamped++;
      if (clamped >= 2) break rows;
      continue rows;
    }
  }
}

// 3. Search a gamma that brings the mean brightness near 0.5.
let gamma = 1;
let brightness = 0;
let iterations = 0;
do {
  const corrected = image.astype("float64").div(255);
  for (let i = 0; i < corrected.size; i++) {
    corrected.data[i] = (corrected.data[i] as number) ** gamma;
  }
  brightness = corrected.mean();
  gamma *= brightness < 0.45 ? 0.9 : 1.1;
  iterations++;
} while (Math.abs(brightness - 0.5) > 0.05 && iterations < 40);

// 4. Preview a brightened version without touching the image.
const preview = image.astype("float64");
preview.imul(1.1);
console.log("preview max:", preview.max().toFixed(1));

console.log("clamped highlights:", clamped, "gamma:", gamma.toFixed(3), "after", iterations, "steps");
console.log("histogram after:", histogram(image, 4).join(" "));
console.log("min:", image.min(), "max:", image.max(), "mean:", image.mean().toFixed(2));
console.log("image:", image.tolist());
