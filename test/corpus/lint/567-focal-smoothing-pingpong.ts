// Iterative 3x3 focal smoothing of a noisy DEM with ping-pong buffers, plus a sink-fill pass on a private working copy.
import { array, zeros, NDArray } from "ndalias";

function focalMean(src: NDArray, dst: NDArray): void {
  const [rows, cols] = src.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let total = 0;
      let count = 0;
      for (let di = -1; di <= 1; di++) {
        for (let dj = -1; dj <= 1; dj++) {
          const r = i + di;
          const c = j + dj;
          if (r < 0 || c < 0 || r >= rows || c >= cols) continue;
          total += src.get(r, c) as number;
          count++;
        }
      }
      dst.set([i, j], total / count);
    }
  }
}

export function smooth(dem: NDArray, passes: number): NDArray {
  let current = dem.copy();
  let next = zeros(dem.shape);
  for (let p = 0; p < passes; p++) {
    focalMean(current, next);
    [current, next] = [next, current];
  }
  return current;
}

export function fillSinks(dem: NDArray): NDArray {
  let filled: NDArray = dem;
  filled = filled.copy();
  const [rows, cols] = filled.shape;
  for (let i = 1; i < rows - 1; i++) {
    for (let j = 1; j < cols - 1; j++) {
      const neighbours = filled.slice(`${i - 1}:${i + 2}`, `${j - 1}:${j + 2}`).flatten();
      neighbours.set(4, Infinity);
      const lowestNeighbour = neighbours.min();
      if ((filled.get(i, j) as number) < lowestNeighbour) {
        filled.set([i, j], lowestNeighbour);
      }
    }
  }
  return filled;
}

const noisy = array([
  [50, 52, 51, 53, 55],
  [51, 70, 52, 54, 56],
  [52, 53, 40, 55, 57],
  [53, 54, 55, 56, 58],
]);

const smoothed = smooth(noisy, 2);
const sinkFree = fillSinks(noisy);
const change = smoothed.sub(noisy);
console.log("smoothed:", smoothed.tolist());
console.log("largest smoothing change:", Math.max(change.max(), -change.min()).toFixed(2));
console.log("sink-free:", sinkFree.tolist());
console.log("original sink depth still:", noisy.get(2, 2));
