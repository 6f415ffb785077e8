// Occupancy grid mapping: log-odds ray updates into one big grid, per-tile statistics through views, and map decay for change detection.
// runnable
import { zeros, NDArray } from "ndalias";

const GRID = 16;
const TILE = 4;
const L_OCC = 0.85;
const L_FREE = -0.4;
const L_MIN = -2;
const L_MAX = 3.5;
const DECAY = 0.9;

interface Beam {
  originRow: number;
  originCol: number;
  angle: number;
  range: number;
}

const logOdds = zeros([GRID, GRID]);

function tileSpec(tr: number, tc: number): string {
  return `${tr * TILE}:${(tr + 1) * TILE}, ${tc * TILE}:${(tc + 1) * TILE}`;
}

function traceCells(beam: Beam): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  const steps = Math.ceil(beam.range * 2);
  for (let k = 0; k <= steps; k++) {
    const r = Math.round(beam.originRow + (k / 2) * Math.sin(beam.angle));
    const c = Math.round(beam.originCol + (k / 2) * Math.cos(beam.angle));
    if (r < 0 || c < 0 || r >= GRID || c >= GRID) break;
    const last = cells[cells.length - 1];
    if (!last || last[0] !== r || last[1] !== c) cells.push([r, c]);
  }
  return cells;
}

function integrateBeam(grid: NDArray, beam: Beam): void {
  const cells = traceCells(beam);
  cells.forEach(([r, c], i) => {
    const update = i === cells.length - 1 ? L_OCC : L_FREE;
    grid.set([r, c], grid.get(r, c) + update);
  });
}

function clampInPlace(grid: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < grid.size; i++) {
    grid.data[i] = Math.min(hi, Math.max(lo, grid.data[i] as number));
  }
}

function occupiedFraction(tile: NDArray): number {
  let occupied = 0;
  for (let r = 0; r < tile.shape[0]; r++) {
    for (let c = 0; c < tile.shape[1]; c++) {
      if (tile.get(r, c) > 0) occupied += 1;
    }
  }
  return occupied / tile.size;
}

const scan: Beam[] = [];
for (let k = 0; k < 24; k++) {
  scan.push({ originRow: 8, originCol: 8, angle: (k / 24) * 2 * Math.PI, range: 4 + (k % 5) });
}
for (let pass = 0; pass < 3; pass++) {
  scan.forEach((beam) => integrateBeam(logOdds, beam));
}
clampInPlace(logOdds, L_MIN, L_MAX);

// Per-tile summary, read-only.
const tilesPerSide = GRID / TILE;
const summary = zeros([tilesPerSide, tilesPerSide]);
for (let tr = 0; tr < tilesPerSide; tr++) {
  for (let tc = 0; tc < tilesPerSide; tc++) {
    summary.set([tr, tc], occupiedFraction(logOdds.slice(tileSpec(tr, tc))));
  }
}
console.log("tile occupancy:", summary.tolist());

// Dimmed preview of the robot's own tile for the operator display.
const preview = logOdds.slice(tileSpec(2, 2));
preview.imul(0.5); // expect: no-view-mutation
console.log("preview tile:", preview.tolist());
console.log("evidence handed to the planner:", logOdds.sum().toFixed(3));

// Change detection: remember the north-west tile, decay the map, compare.
const lastSeen = logOdds.slice(tileSpec(1, 1));
const lastSeenMean = lastSeen.mean();
logOdds.imul(DECAY); // expect: no-view-mutation
const currentTile = logOdds.slice(tileSpec(1, 1));
const change = currentTile.sub(lastSeen).sum();
console.log("north-west tile mean before decay:", lastSeenMean.toFixed(3), "change:", change.toFixed(3));

// Unrelated tile statistics on a separate array never share memory with the map.
const hits = zeros([tilesPerSide, tilesPerSide]);
hits.fill(1);
hits.iadd(summary);
console.log("tile weights:", hits.tolist());
