// Debug overlay for an occupancy heat map: snapshots cells before each tick and renders diffs, hot corners and percentiles.
import { zeros, NDArray } from "ndalias";

class OccupancyMap {
  cells: NDArray;

  constructor(readonly width: number, readonly height: number) {
    this.cells = zeros([height, width]);
  }

  markAgent(x: number, y: number): void {
    this.cells.set([y, x], this.cells.get(y, x) + 1);
  }

  tick(decay: number): number {
    this.cells.imul(decay);
    return this.cells.sum();
  }

  busiestRow(): number {
    let best = 0;
    let bestSum = -1;
    for (let y = 0; y < this.height; y++) {
      const s = this.cells.slice(y).sum();
      if (s > bestSum) {
        bestSum = s;
        best = y;
      }
    }
    return best;
  }
}

class DebugOverlay {
  private previous: NDArray | null = null;

  capture(map: OccupancyMap): void {
    this.previous = map.cells.copy();
  }

  diff(map: OccupancyMap): NDArray | null {
    if (!this.previous) return null;
    const delta = this.previous.sub(map.cells);
    delta.imul(-1);
    return delta;
  }

  percentile(map: OccupancyMap, q: number): number {
    const sorted = map.cells.flatten();
    sorted.sort();
    return sorted.get(Math.floor(q * (sorted.size - 1)));
  }

  heatRow(map: OccupancyMap, y: number): string {
    const row = map.cells.slice(y).copy();
    const peak = row.max() || 1;
    row.idiv(peak);
    let out = "";
    for (let x = 0; x < row.size; x++) out += row.get(x) > 0.5 ? "@" : row.get(x) > 0 ? "o" : ".";
    return out;
  }
}

const occ = new OccupancyMap(6, 4);
const patrolRoute: Array<[number, number]> = [
  [0, 0], [1, 0], [2, 1], [3, 1], [3, 2], [4, 2], [5, 3], [4, 3],
];
for (const [x, y] of patrolRoute) occ.markAgent(x, y);
occ.markAgent(3, 1);
occ.markAgent(3, 1);

const overlay = new DebugOverlay();
overlay.capture(occ);

// Quick look at the top-left corner before the map decays.
const corner = occ.cells.slice(":2", ":2");
console.log("corner before tick:", corner.tolist(), "corner load:", corner.sum());

const total = occ.tick(0.8);
console.log("total occupancy after tick:", total.toFixed(2));

const delta = overlay.diff(occ);
if (delta) console.log("per-cell change:", delta.tolist());

// Snapshot for the replay viewer, then reset the live map for the next round.
const replayFrame = occ.cells.copy();
occ.cells.fill(0);
occ.markAgent(5, 0);

const hotCorner = occ.cells.slice(":2", "-2:");
console.log("new round corner:", hotCorner.tolist());
console.log("replay frame total:", replayFrame.sum().toFixed(2), "busiest row:", occ.busiestRow());
console.log("90th percentile:", overlay.percentile(occ, 0.9));
for (let y = 0; y < occ.height; y++) console.log(overlay.heatRow(occ, y));
