// Explicit 2-D heat diffusion on a small plate with fixed-temperature edges, double-buffered grids, an interior mask and periodic snapshots.
import { zeros, NDArray } from "ndalias";

const ROWS = 5;
const COLS = 6;
const ALPHA = 0.2;

function applyBoundary(grid: NDArray, hot: number, cold: number): void {
  grid.slice(0).fill(hot);
  grid.slice(-1).fill(cold);
  grid.slice("1:-1", 0).fill(cold);
  grid.slice("1:-1", -1).fill(cold);
}

function stepInto(next: NDArray, cur: NDArray): void {
  for (let r = 1; r < ROWS - 1; r++) {
    for (let c = 1; c < COLS - 1; c++) {
      const lap =
        cur.get(r - 1, c) + cur.get(r + 1, c) + cur.get(r, c - 1) + cur.get(r, c + 1) - 4 * cur.get(r, c);
      next.set([r, c], cur.get(r, c) + ALPHA * lap);
    }
  }
}

function coolInterior(grid: NDArray, factor: number): void {
  grid.slice("1:-1", "1:-1").imul(factor);
}

function rescale(grid: NDArray, factor: number): void {
  grid.reshape(grid.size).imul(factor);
}

function interiorHeat(grid: NDArray): number {
  return grid.slice("1:-1", "1:-1").sum();
}

let cur = zeros([ROWS, COLS]);
let next = zeros([ROWS, COLS]);
applyBoundary(cur, 100, 0);
applyBoundary(next, 100, 0);

const snapshots: NDArray[] = [];
for (let t = 0; t < 20; t++) {
  stepInto(next, cur);
  [cur, next] = [next, cur];
  if (t === 9) coolInterior(cur, 0.95);
  if (t % 5 === 4) snapshots.push(cur.copy());
}

const mask = zeros(ROWS * COLS).reshape(ROWS, COLS);
mask.slice("1:-1", "1:-1").fill(1);
const interiorMean = cur.mul(mask).sum() / mask.sum();

const increments = snapshots.map((s, i) => (i === 0 ? s.copy() : s.sub(snapshots[i - 1])));
// The heated edge is held fixed, so its increments are zero by definition.
increments.forEach((inc) => {
  inc.slice(0).fill(0);
});

const fahrenheit = cur.copy();
rescale(fahrenheit, 9 / 5);
fahrenheit.iadd(32);

const hottest = (() => {
  const flat = cur.ravel();
  let best = -1;
  for (let i = 0; i < flat.size; i++) {
    if (mask.ravel().get(i) === 1 && (best < 0 || flat.get(i) > flat.get(best))) best = i;
  }
  return [Math.floor(best / COLS), best % COLS];
})();

console.log("final plate (C):", cur.tolist());
console.log("final plate (F):", fahrenheit.tolist());
console.log("interior mean:", interiorMean.toFixed(3), "interior heat:", interiorHeat(cur).toFixed(3));
console.log("hottest interior cell:", hottest);
console.log(
  "interior heat per snapshot:",
  snapshots.map((s) => interiorHeat(s).toFixed(2)),
  "increments:",
  increments.map((d) => interiorHeat(d).toFixed(2)),
);
