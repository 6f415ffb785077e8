// Prepares an occupancy grid for a warehouse robot: walls are marked with chained slice writes, and inflated and integer copies feed the planner.
import { zeros, NDArray } from "ndalias";

const SIZE = 7;

function neighbours(r: number, c: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    const nr = r + dr;
    const nc = c + dc;
    if (nr >= 0 && nr < SIZE && nc >= 0 && nc < SIZE) out.push([nr, nc]);
  }
  return out;
}

function bfsDistance(cost: NDArray, start: [number, number], goal: [number, number]): number {
  const seen = zeros([SIZE, SIZE], "uint8");
  const queue: [number, number, number][] = [[start[0], start[1], 0]];
  seen.set(start, 1);
  while (queue.length > 0) {
    const [r, c, d] = queue.shift()!;
    if (r === goal[0] && c === goal[1]) return d;
    for (const [nr, nc] of neighbours(r, c)) {
      if (cost.get(nr, nc) === 0 && seen.get(nr, nc) === 0) {
        seen.set([nr, nc], 1);
        queue.push([nr, nc, d + 1]);
      }
    }
  }
  return -1;
}

const grid = zeros([SIZE, SIZE]);
grid.slice(0).fill(1);
grid.slice(-1).fill(1);
grid.slice(":", 0).fill(1);
grid.slice(":", -1).fill(1);
grid.slice("1:4", 3).fill(1); // shelf
grid.T.slice(5, "3:6").fill(1); // second shelf, written column-wise through the transpose
console.log("free cells:", grid.size - grid.sum());

// Inflate obstacles by one cell on a copy so the robot keeps its distance.
const inflated = grid.copy();
for (let r = 1; r < SIZE - 1; r++) {
  for (let c = 1; c < SIZE - 1; c++) {
    if (grid.get(r, c) === 1) {
      for (const [nr, nc] of neighbours(r, c)) inflated.set([nr, nc], 1);
    }
  }
}
inflated.set([1, 1], 0); // the dock must stay reachable
inflated.set([5, 1], 0);

// Integer map for the dashboard, with start and goal marked.
const labels = grid.astype("uint8");
labels.set([1, 1], 2);
labels.set([5, 1], 3);

const cells = grid.flatten();
cells.sort();
const medianCell = cells.get(Math.floor(cells.size / 2));
const wallShare = grid.mean();

console.log("path length on raw grid:", bfsDistance(grid, [1, 1], [5, 1]));
console.log("path length with inflation:", bfsDistance(inflated, [1, 1], [5, 1]));
console.log("dashboard:", JSON.stringify(labels.tolist()));
console.log(`wall share ${(wallShare * 100).toFixed(1)} %, median cell is ${medianCell === 1 ? "wall" : "free"}`);
