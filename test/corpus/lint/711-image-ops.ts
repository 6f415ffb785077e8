// Grayscale image utilities: contrast stretch, histogram equalisation, mirroring and rotation, applied to a small test card.
import { array, zeros, NDArray } from "ndalias";

const LEVELS = 16;

/** Clamps every pixel of the image to [lo, hi] in place. */
function clampInPlace(img: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    img.data[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

/** Draws a one-pixel frame of the given value around the image, in place. */
function drawFrame(img: NDArray, value: number): void {
  img.slice(0).fill(value);
  img.slice(-1).fill(value);
  img.slice(":", 0).fill(value);
  img.slice(":", -1).fill(value);
}

function stretchContrast(img: NDArray): NDArray {
  const lo = img.min();
  const span = img.max() - lo || 1;
  const out = img.sub(lo);
  out.imul((LEVELS - 1) / span);
  return out;
}

function histogram(img: NDArray): NDArray {
  const counts = zeros(LEVELS);
  const flat = img.ravel();
  for (let i = 0; i < flat.size; i++) {
    const level = Math.max(0, Math.min(LEVELS - 1, Math.round(flat.get(i))));
    counts.set(level, counts.get(level) + 1);
  }
  return counts;
}

function equalize(img: NDArray): NDArray {
  const counts = histogram(img);
  const cdf = zeros(LEVELS);
  let running = 0;
  for (let level = 0; level < LEVELS; level++) {
    running += counts.get(level);
    cdf.set(level, running);
  }
  cdf.imul((LEVELS - 1) / img.size);
  const flat = img.flatten();
  for (let i = 0; i < flat.size; i++) {
    const level = Math.max(0, Math.min(LEVELS - 1, Math.round(flat.get(i))));
    flat.set(i, Math.round(cdf.get(level)));
  }
  return flat.reshape(...img.shape);
}

function mirrored(img: NDArray): NDArray {
  const out = img.flip(1).copy();
  out.slice(0).fill(0);
  return out;
}

function rotate90(img: NDArray): NDArray {
  return img.T.flip(1).copy();
}

function inverted(img: NDArray): NDArray {
  const out = img.astype("float64");
  out.imul(-1);
  out.iadd(LEVELS - 1);
  return out;
}

function meanAbsDifference(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  let total = 0;
  for (let i = 0; i < d.size; i++) total += Math.abs(d.data[i] as number);
  return total / d.size;
}

function printImage(label: string, img: NDArray): void {
  console.log(label);
  for (let r = 0; r < img.shape[0]; r++) {
    const cells: string[] = [];
    for (let c = 0; c < img.shape[1]; c++) cells.push(String(Math.round(img.get(r, c))).padStart(3));
    console.log(cells.join(""));
  }
}

const card = array([
  [3, 3, 4, 5, 6, 7],
  [3, 4, 5, 6, 7, 8],
  [4, 5, 9, 9, 8, 8],
  [5, 6, 9, 9, 9, 10],
  [6, 7, 8, 9, 10, 11],
]);

const noisy = card.copy();
noisy.set([2, 2], 30);
noisy.set([0, 5], -4);
clampInPlace(noisy, 0, 15);
console.log("outliers clamped, mean abs change:", meanAbsDifference(noisy, card).toFixed(3));

const stretched = stretchContrast(card);
printImage("stretched:", stretched);

const equalized = equalize(stretched);
printImage("equalized:", equalized);

const framed = equalized.copy();
drawFrame(framed, LEVELS - 1);
printImage("framed:", framed);

printImage("mirrored:", mirrored(card));
printImage("rotated:", rotate90(card));
printImage("inverted:", inverted(card));

card.slice("1:3", "1:3").imul(2);
const patch = card.slice("1:3", "1:3");
console.log("brightened patch:", patch.tolist(), "card total:", card.sum());

const rows = [card.slice(0).copy(), card.slice(1).copy(), card.slice(2).copy()];
rows[1].isub(rows[0]);
rows[2].isub(rows[0]);
console.log("row gradients:", rows[1].tolist(), rows[2].tolist(), "base row:", rows[0].tolist());
