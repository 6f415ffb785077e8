// In-place preprocessing combinators for image tiles: an applyInPlace helper that runs void operations, masking helpers and a module-level label histogram.
import { array, zeros, NDArray } from "ndalias";

type InPlaceOp = (tile: NDArray) => void;

const LABEL_COUNTS = zeros(4);
const state = { scratch: zeros([2, 2]), processed: 0 };

function applyInPlace(tile: NDArray, ...ops: InPlaceOp[]): void {
  ops.forEach((op) => op(tile));
}

function clipNegatives(tile: NDArray): void {
  for (let i = 0; i < tile.data.length; i++) {
    if ((tile.data[i] as number) < 0) tile.data[i] = 0;
  }
}

const scaleBy =
  (k: number): InPlaceOp =>
  (tile) =>
    tile.imul(k);

const clearBorder: InPlaceOp = (tile) => {
  tile.slice(0).fill(0);
  tile.slice(-1).fill(0);
  tile.slice(":", 0).fill(0);
  tile.slice(":", -1).fill(0);
};

function tally(labels: number[]): number {
  labels.forEach((l) => LABEL_COUNTS.set(l, LABEL_COUNTS.get(l) + 1));
  return LABEL_COUNTS.sum();
}

function labelShares(): NDArray {
  const shares = LABEL_COUNTS.div(Math.max(LABEL_COUNTS.sum(), 1));
  shares.imul(100);
  return shares;
}

function resetScratch(): number {
  state.scratch.fill(0);
  state.processed = 0;
  return state.scratch.size;
}

function accumulate(tile: NDArray): number {
  state.scratch.iadd(tile.slice("1:3", "1:3"));
  state.processed += 1;
  return state.processed;
}

const tiles = [
  array([
    [1, -2, 3, 4],
    [5, 6, -7, 8],
    [9, 10, 11, -12],
    [13, 14, 15, 16],
  ]),
  array([
    [-1, 2, 2, 1],
    [2, -3, 3, 2],
    [2, 3, 3, 2],
    [1, 2, 2, -1],
  ]),
];
const labels = [[0, 2, 2], [1, 3]];

const rawInteriorTotals = tiles.map((t) => t.slice("1:3", "1:3").sum());
console.log("raw interior totals:", rawInteriorTotals);

tiles.forEach((tile) => applyInPlace(tile, clipNegatives, scaleBy(0.5), clearBorder));
tiles.forEach((tile, i) => console.log(`tile ${i}:`, tile.tolist()));

console.log("scratch cells:", resetScratch());
const processed = tiles.map(accumulate);
console.log("processed:", processed, "scratch:", state.scratch.tolist());

const total = labels.reduce((_, ls) => tally(ls), 0);
console.log("labels seen:", total, "shares (%):", labelShares().tolist());
console.log("label counts:", LABEL_COUNTS.tolist());

const brightened = tiles.map((t) => t.mul(2));
brightened.forEach((b) => clipNegatives(b));
console.log("brightened maxima:", brightened.map((b) => b.max()));
console.log("tile maxima:", tiles.map((t) => t.max()));
