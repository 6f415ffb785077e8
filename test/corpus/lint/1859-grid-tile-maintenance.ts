// Occupancy grid maintenance: tile snapshots for change detection, obstacle inflation per tile, and decay of stale tiles.
import { zeros, NDArray } from "ndalias";

const GRID = 12;
const TILE = 4;
const OCC = 1;
const INFLATED = 0.5;

const grid = zeros([GRID, GRID]);

function tileSpec(tr: number, tc: number): string {
  return `${tr * TILE}:${(tr + 1) * TILE}, ${tc * TILE}:${(tc + 1) * TILE}`;
}

function seedObstacles(target: NDArray, cells: Array<[number, number]>): void {
  for (const [r, c] of cells) target.set([r, c], OCC);
}

/** Marks the 4-neighbours of every obstacle cell inside one tile. */
function inflateObstacles(tile: NDArray): void {
  const rows = tile.shape[0];
  const cols = tile.shape[1];
  const occupied: Array<[number, number]> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (tile.get(r, c) === OCC) occupied.push([r, c]);
  }
  for (const [r, c] of occupied) {
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const rr = r + dr;
      const cc = c + dc;
      if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
      if (tile.get(rr, cc) === 0) tile.set([rr, cc], INFLATED);
    }
  }
}

function tileDensity(tile: NDArray): number {
  return tile.sum() / tile.size;
}

seedObstacles(grid, [[1, 1], [2, 6], [5, 5], [6, 9], [9, 2], [10, 10]]);

// Read-only survey of every tile before anything is modified.
const density = zeros([GRID / TILE, GRID / TILE]);
for (let tr = 0; tr < GRID / TILE; tr++) {
  for (let tc = 0; tc < GRID / TILE; tc++) {
    density.set([tr, tc], tileDensity(grid.slice(tileSpec(tr, tc))));
  }
}
console.log("density before inflation:", density.tolist());

// The north strip is inspected through a view, and only before the grid changes.
const northStrip = grid.slice(`0:${TILE}`, ":");
console.log("north strip obstacles:", northStrip.sum(), "max:", northStrip.max());

// Snapshot the centre tile before inflation so the change can be measured.
const centreBefore = grid.slice(tileSpec(1, 1)).copy();

for (let tr = 0; tr < GRID / TILE; tr++) {
  for (let tc = 0; tc < GRID / TILE; tc++) {
    inflateObstacles(grid.slice(tileSpec(tr, tc)));
  }
}

const centreAfter = grid.slice(tileSpec(1, 1));
const added = centreAfter.sub(centreBefore);
console.log("inflated cells in the centre tile:", added.sum() / INFLATED);

// The south-east tile is stale: fade it with the NumPy-style chained write.
grid.slice(tileSpec(2, 2)).imul(0.5);
grid.slice(tileSpec(2, 0)).fill(0);

// A working copy of the west column, rescaled for a cost map and printed.
let westCost = grid.slice(":", `0:${TILE}`);
console.log("west column occupancy:", westCost.mean().toFixed(3));
westCost = westCost.mul(10);
westCost.iadd(1);
console.log("west cost map:", westCost.tolist());

// Per-tile maxima in a separate array, which never shares memory with the grid.
const tileMax = zeros([GRID / TILE, GRID / TILE]);
for (let tr = 0; tr < GRID / TILE; tr++) {
  for (let tc = 0; tc < GRID / TILE; tc++) {
    tileMax.set([tr, tc], grid.slice(tileSpec(tr, tc)).max());
  }
}
tileMax.imul(100);
console.log("tile maxima (%):", tileMax.tolist());
console.log("grid total:", grid.sum().toFixed(2));
