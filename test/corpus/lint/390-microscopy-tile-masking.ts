// Microscopy tile preparation: masks the tile border and a known dead column, finds bright quadrants recursively and reports them.
import { array, NDArray } from "ndalias";

const TILE = array([
  [3, 4, 5, 4, 3, 2, 2, 1],
  [4, 40, 42, 6, 3, 2, 1, 1],
  [5, 41, 45, 7, 4, 2, 2, 1],
  [4, 6, 7, 5, 4, 3, 90, 2],
  [3, 4, 4, 4, 30, 33, 3, 2],
  [2, 3, 3, 4, 31, 35, 3, 2],
  [2, 2, 2, 3, 3, 3, 2, 1],
  [1, 1, 1, 2, 2, 2, 1, 1],
]);
const DEAD_COLUMN = 6;

interface Region {
  row: number;
  col: number;
  size: number;
  mean: number;
}

// recursive quadtree search for square regions whose mean exceeds the threshold
export function brightRegions(img: NDArray, threshold: number, row = 0, col = 0, minSize = 2): Region[] {
  const size = img.shape[0];
  const mean = img.mean();
  if (mean < threshold / 4) return [];
  if (size <= minSize) {
    return mean >= threshold ? [{ row, col, size, mean }] : [];
  }
  const h = size / 2;
  return [
    ...brightRegions(img.slice(`0:${h}`, `0:${h}`), threshold, row, col, minSize),
    ...brightRegions(img.slice(`0:${h}`, `${h}:`), threshold, row, col + h, minSize),
    ...brightRegions(img.slice(`${h}:`, `0:${h}`), threshold, row + h, col, minSize),
    ...brightRegions(img.slice(`${h}:`, `${h}:`), threshold, row + h, col + h, minSize),
  ];
}

// diagnostics on the raw tile, before any masking
const diag = TILE.diagonal();
const deadCol = TILE.slice(":", DEAD_COLUMN);
console.log("raw diagonal mean:", diag.mean().toFixed(2), "dead column max:", deadCol.max());

// mask the border (vignetting) and the dead column, in place
TILE.slice(0).fill(0);
TILE.slice(-1).fill(0);
TILE.slice(":", 0).fill(0);
TILE.slice(":", -1).fill(0);
TILE.slice(":", DEAD_COLUMN).fill(0);

// the lower half was acquired with double exposure
TILE.slice("4:").imul(0.5);

// background from the masked tile
const background = TILE.mean();
TILE.isub(background);
const positive = TILE.copy();
for (let i = 0; i < positive.size; i++) {
  if ((positive.data[i] as number) < 0) positive.data[i] = 0;
}

const regions = brightRegions(positive, 10);
for (const r of regions) {
  console.log(`bright ${r.size}x${r.size} region at (${r.row}, ${r.col}), mean ${r.mean.toFixed(1)}`);
}
console.log("background:", background.toFixed(2), "masked tile total:", positive.sum().toFixed(1));
console.log("corner after masking:", TILE.get(0, 0), TILE.get(7, 7));
