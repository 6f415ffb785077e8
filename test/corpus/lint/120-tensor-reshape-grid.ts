// Lays a flat sensor stream out as a grid with reshape, resets the stream between frames, and reports the grid; a second stream is rebuilt before its grid is taken.
import { arange, zeros, NDArray } from "ndalias";

function frameStats(grid: NDArray): { rows: number[]; total: number } {
  const rows: number[] = [];
  for (let r = 0; r < grid.shape[0]; r++) rows.push(grid.slice(r).sum());
  return { rows, total: grid.sum() };
}

const stream = arange(12);
const grid = stream.reshape(3, 4);
const columns = grid.T;
stream.fill(0); // expect: no-view-mutation
console.log("grid stats:", frameStats(grid));

let other = arange(6);
other.imul(2);
const otherGrid = other.reshape(2, 3);
console.log("other grid:", otherGrid.tolist());
other = zeros(6);
other.fill(7);
console.log("other reset:", other.tolist(), "grid still:", otherGrid.sum());

function hottestCell(g: NDArray): [number, number] {
  let best: [number, number] = [0, 0];
  for (let r = 0; r < g.shape[0]; r++) {
    for (let c = 0; c < g.shape[1]; c++) {
      if (g.get(r, c) > g.get(best[0], best[1])) best = [r, c];
    }
  }
  return best;
}

const flatCols = columns.ravel();
console.log("columns:", flatCols.size, "hottest:", hottestCell(otherGrid));
