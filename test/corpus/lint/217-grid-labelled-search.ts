// Path-planning grid: obstacles are painted with chained view writes, a labelled search scans row views for the first free cell, and a breadth-first cost map marks a scratch copy that is disposed in a finally block.
import { full, zeros, NDArray } from "ndalias";

type Cell = [row: number, col: number];

export class Grid {
  static readonly FREE = 0;
  static readonly WALL = 1;
  readonly cells: NDArray;

  constructor(readonly h: number, readonly w: number) {
    this.cells = zeros([h, w]);
  }

  block([r0, c0]: Cell, [r1, c1]: Cell): this {
    this.cells.slice(`${r0}:${r1}`, `${c0}:${c1}`).fill(Grid.WALL);
    return this;
  }

  firstFree([r0, c0]: Cell = [0, 0]): Cell | null {
    let found: Cell | null = null;
    outer: for (let r = r0; r < this.h; r++) {
      const row = this.cells.slice(r);
      for (let c = r === r0 ? c0 : 0; c < this.w; c++) {
        if (row.get(c) === Grid.FREE) {
          found = [r, c];
          break outer;
        }
      }
    }
    return found;
  }
}

export function costMap(grid: Grid, [gr, gc]: Cell): NDArray {
  const cost = full([grid.h, grid.w], Infinity);
  const visited = grid.cells.copy();
  try {
    const queue: Cell[] = [[gr, gc]];
    cost.set([gr, gc], 0);
    visited.set([gr, gc], 1);
    while (queue.length > 0) {
      const [r, c] = queue.shift() ?? [0, 0];
      for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nc < 0 || nr >= grid.h || nc >= grid.w) continue;
        if (visited.get(nr, nc) !== 0) continue;
        visited.set([nr, nc], 1);
        cost.set([nr, nc], cost.get(r, c) + 1);
        queue.push([nr, nc]);
      }
    }
  } finally {
    visited.dispose();
  }
  return cost;
}

export function diagonalClear(grid: Grid): boolean {
  const diag = grid.cells.diagonal();
  return diag.max() === Grid.FREE;
}

const grid = new Grid(5, 6).block([1, 1], [4, 2]).block([0, 4], [3, 5]);
const start = grid.firstFree([1, 1]);
const costs = costMap(grid, [4, 5]);
const reachable = costs.slice(0);
console.log("first free from (1,1):", start, "diagonal clear:", diagonalClear(grid));
console.log("top-row costs:", reachable.tolist(), "walls:", grid.cells.sum());
const [sr, sc] = start ?? [0, 0];
console.log("cost from start:", costs.get(sr, sc), "occupancy:", grid.cells.mean().toFixed(2));
