// Smooths a DEM with repeated 3x3 focal means in two swapped buffers, then classifies slope with a lookup table and prints the results.
// runnable
import { array, zeros, NDArray } from "ndalias";

const PASSES = 3;
const CELL = 10;

const dem = array([
  [100, 101, 103, 108, 115, 121],
  [100, 102, 130, 110, 117, 123],
  [101, 103, 106, 112, 119, 125],
  [102, 104, 108, 95, 121, 127],
  [103, 105, 110, 117, 124, 130],
]);

function at(grid: NDArray, r: number, c: number): number {
  const rr = Math.min(grid.shape[0] - 1, Math.max(0, r));
  const cc = Math.min(grid.shape[1] - 1, Math.max(0, c));
  return grid.get(rr, cc);
}

// One focal-mean pass from src into dst (edges replicate the border cells).
function focalMeanInto(dst: NDArray, src: NDArray): void {
  const [h, w] = src.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      let sum = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) sum += at(src, r + dr, c + dc);
      }
      dst.set([r, c], sum / 9);
    }
  }
}

function slopePercent(grid: NDArray): NDArray {
  const [h, w] = grid.shape;
  const out = zeros([h, w]);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const dzdx = (at(grid, r, c + 1) - at(grid, r, c - 1)) / (2 * CELL);
      const dzdy = (at(grid, r + 1, c) - at(grid, r - 1, c)) / (2 * CELL);
      out.set([r, c], 100 * Math.hypot(dzdx, dzdy));
    }
  }
  return out;
}

// Double buffering: each pass reads src and writes dst, then the two names trade buffers.
let src = dem.copy();
let dst = zeros(dem.shape);
for (let pass = 0; pass < PASSES; pass++) {
  const [h, w] = src.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      let sum = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) sum += at(src, r + dr, c + dc);
      }
      dst.set([r, c], sum / 9);
    }
  }
  console.log(`pass ${pass + 1}: max change ${dst.sub(src).max().toFixed(3)} m`);
  [src, dst] = [dst, src];
}
const smoothed = src;
console.log("smoothed DEM:", (smoothed.tolist() as number[][]).map((row) => row.map((v) => v.toFixed(1)).join(" ")));

// The helper version of one pass, into a separate output array.
const onePass = zeros(dem.shape);
focalMeanInto(onePass, dem);
console.log("single pass centre value:", onePass.get(2, 2).toFixed(2), "raw:", dem.get(2, 2));

// Slope classes through a lookup table: class index per cell, then take from the table.
const slope = slopePercent(smoothed);
const classLut = array([0, 1, 2, 3]);
const breaks = [5, 15, 30];
const classIdx: number[] = [];
for (let i = 0; i < slope.size; i++) {
  const s = slope.flatten().get(i);
  classIdx.push(breaks.filter((b) => s >= b).length);
}
const classes = classLut.take(classIdx).reshape(dem.shape[0], dem.shape[1]);
console.log("slope classes:", classes.tolist());
console.log("mean slope (%):", slope.mean().toFixed(2), "raw DEM mean:", dem.mean().toFixed(2));
