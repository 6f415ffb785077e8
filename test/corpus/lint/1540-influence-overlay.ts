// Influence map for a squad AI: stamps enemy threat, decays it each tick, and diffs a debug sector between ticks and waves.
// runnable
import { zeros, NDArray } from "ndalias";

class InfluenceMap {
  readonly grid: NDArray;

  constructor(readonly width: number, readonly height: number) {
    this.grid = zeros([height, width]);
  }

  stamp(cx: number, cy: number, strength: number, radius: number): void {
    const y0 = Math.max(0, cy - radius);
    const y1 = Math.min(this.height - 1, cy + radius);
    const x0 = Math.max(0, cx - radius);
    const x1 = Math.min(this.width - 1, cx + radius);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d = Math.abs(x - cx) + Math.abs(y - cy);
        if (d <= radius) {
          this.grid.set([y, x], this.grid.get(y, x) + strength / (1 + d));
        }
      }
    }
  }

  clearBorder(): void {
    this.grid.slice(0).fill(0);
    this.grid.slice(-1).fill(0);
    this.grid.slice(":", 0).fill(0);
    this.grid.slice(":", -1).fill(0);
  }

  strongestCell(): [number, number, number] {
    let best = -Infinity;
    let bx = 0;
    let by = 0;
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const v = this.grid.get(y, x);
        if (v > best) {
          best = v;
          bx = x;
          by = y;
        }
      }
    }
    return [bx, by, best];
  }

  safestColumn(): number {
    let bestCol = 0;
    let bestThreat = Infinity;
    for (let x = 0; x < this.width; x++) {
      const threat = this.grid.slice(":", x).sum();
      if (threat < bestThreat) {
        bestThreat = threat;
        bestCol = x;
      }
    }
    return bestCol;
  }
}

function renderAscii(cells: NDArray): string {
  const rows: string[] = [];
  for (let y = 0; y < cells.shape[0]; y++) {
    let line = "";
    for (let x = 0; x < cells.shape[1]; x++) {
      const v = cells.get(y, x);
      line += v > 2 ? "#" : v > 1 ? "+" : v > 0.25 ? "." : " ";
    }
    rows.push("|" + line + "|");
  }
  return rows.join("\n");
}

const enemies: Array<[number, number]> = [[2, 2], [6, 5], [3, 6]];
const map = new InfluenceMap(8, 8);
for (const [ex, ey] of enemies) {
  map.stamp(ex, ey, 4, 2);
}
map.clearBorder();
console.log(renderAscii(map.grid));

// Debug overlay: remember the top-left sector so the tick's decay can be shown as a diff.
const sectorBefore = map.grid.slice(":4", ":4");
console.log("sector threat before tick:", sectorBefore.sum().toFixed(3));

const decayRate = 0.75;
map.grid.imul(decayRate); // expect: no-view-mutation
const sectorAfter = map.grid.slice(":4", ":4").copy();
console.log("decay in sector this tick:", sectorBefore.sub(sectorAfter).sum().toFixed(3));

const [hx, hy, hv] = map.strongestCell();
console.log(`hotspot at (${hx}, ${hy}) with threat ${hv.toFixed(2)}`);
console.log("safest column for the flank:", map.safestColumn());

// Next wave: keep the old map around to report how the threat moved.
const previousWave = map.grid;
map.grid.fill(0); // expect: no-alias-mutation
const nextWave: Array<[number, number]> = [[5, 2], [5, 3]];
for (const [ex, ey] of nextWave) {
  map.stamp(ex, ey, 5, 2);
}
map.clearBorder();
console.log("threat shift since last wave:", map.grid.sub(previousWave).sum().toFixed(3));
console.log(renderAscii(map.grid));
