// Cleans a small elevation grid: clamps spikes, relaxes it with double buffering, blends rows and prints a summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

const SPIKE_LIMIT = 40;

const grid = array([
  [12, 14, 15, 13, 11],
  [13, 95, 16, 14, 12],
  [15, 17, 18, 16, 13],
  [14, 16, 17, 88, 12],
  [12, 13, 15, 14, 10],
]);
const [rows, cols] = grid.shape;

function relaxStep(src: NDArray, dst: NDArray): void {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let acc = src.get(i, j);
      let n = 1;
      if (i > 0) { acc += src.get(i - 1, j); n++; }
      if (i + 1 < rows) { acc += src.get(i + 1, j); n++; }
      if (j > 0) { acc += src.get(i, j - 1); n++; }
      if (j + 1 < cols) { acc += src.get(i, j + 1); n++; }
      dst.set([i, j], acc / n);
    }
  }
}

function rowContrast(m: NDArray): NDArray {
  const [r] = m.shape;
  const diffs = zeros([r, r]);
  for (let k = 0; k < r; k++) {
    const rowK = m.slice(k);
    for (let i = k + 1; i < r; i++) {
      const d = rowK.sub(m.slice(i));
      const value = Math.sqrt(d.mul(d).sum());
      diffs.set([k, i], value);
      diffs.set([i, k], value);
    }
  }
  return diffs;
}

function rowsOf(m: NDArray, digits: number): string[] {
  const nested = m.tolist() as number[][];
  return nested.map((row) => row.map((v) => v.toFixed(digits)).join(" "));
}

function slopeCount(m: NDArray, threshold: number): number {
  let count = 0;
  const [r, c] = m.shape;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      for (let jj = j + 1; jj < c; jj++) {
        if (Math.abs(m.get(i, j) - m.get(i, jj)) > threshold) count++;
      }
    }
  }
  return count;
}

const original = grid.copy();
const spikes: string[] = [];
for (let i = 0; i < rows; i++) {
  for (let j = 0; j < cols; j++) {
    if (grid.get(i, j) > SPIKE_LIMIT) {
      spikes.push(`(${i},${j})`);
      grid.set([i, j], SPIKE_LIMIT);
    }
  }
}
console.log("clamped spikes at", spikes.join(" "), "original max:", original.max(), "clamped max:", grid.max());

let src = grid.copy();
let dst = zeros(grid.shape);
for (let iter = 0; iter < 4; iter++) {
  relaxStep(src, dst);
  [src, dst] = [dst, src];
}
console.log("relaxed grid:", rowsOf(src, 2));

for (let i = rows - 1; i > 0; i--) {
  grid.slice(i).imul(0.75);
  grid.slice(i).iadd(grid.slice(i - 1).mul(0.25));
}
grid.slice(":", 0).fill(grid.slice(":", 1).mean());
grid.slice(":", -1).fill(grid.slice(":", -2).mean());
console.log("blended grid:", rowsOf(grid, 2));

const contrast = rowContrast(src);
contrast.idiv(contrast.max() || 1);
console.log("normalised row contrast:", rowsOf(contrast, 3));

const relief = src.sub(grid);
relief.imul(relief);
console.log("squared difference relaxed vs blended:", relief.sum().toFixed(3));

const layers = [original.copy(), grid.copy(), src.copy()];
layers[0].isub(layers[0].min());
layers[1].isub(layers[1].min());
layers[2].isub(layers[2].min());
console.log(
  "relief ranges:",
  layers.map((l) => l.max().toFixed(2)),
  "steep pairs (original/blended/relaxed):",
  slopeCount(original, 5),
  slopeCount(grid, 5),
  slopeCount(src, 5),
);
console.log("raw grid still intact in the copy:", original.get(1, 1), original.get(3, 3));
