// Polar scan histogram and frontier marking: sectors of a range buffer, nearest-obstacle ranking, and frontier cells on a small local grid.
import { array, zeros, NDArray } from "ndalias";

const SECTORS = 6;
const BEAMS_PER_SECTOR = 4;
const CELL = 0.5;
const SIZE = 8;
const FREE = 0;
const OCCUPIED = 1;
const FRONTIER = 2;

function rawScan(): number[] {
  const out: number[] = [];
  for (let i = 0; i < SECTORS * BEAMS_PER_SECTOR; i++) {
    out.push(1.2 + 0.9 * Math.abs(Math.sin(i * 0.45)) + (i % 5 === 0 ? 0.8 : 0));
  }
  return out;
}

function sectorMeans(sectors: NDArray): number[] {
  const means: number[] = [];
  for (let s = 0; s < sectors.shape[0]; s++) means.push(sectors.slice(s).mean());
  return means;
}

function bestHeading(means: number[]): number {
  let best = 0;
  for (let s = 1; s < means.length; s++) if (means[s] > means[best]) best = s;
  return ((best + 0.5) / means.length) * 2 * Math.PI;
}

function toCell(range: number, angle: number): [number, number] {
  const r = Math.floor(SIZE / 2 + (range * Math.sin(angle)) / CELL);
  const c = Math.floor(SIZE / 2 + (range * Math.cos(angle)) / CELL);
  return [Math.max(0, Math.min(SIZE - 1, r)), Math.max(0, Math.min(SIZE - 1, c))];
}

function frontierIndices(grid: NDArray): number[] {
  const idx: number[] = [];
  for (let r = 0; r < SIZE; r++) {
    for (let c = 0; c < SIZE; c++) {
      if (grid.get(r, c) !== FREE) continue;
      const edge = r === 0 || c === 0 || r === SIZE - 1 || c === SIZE - 1;
      if (edge) idx.push(r * SIZE + c);
    }
  }
  return idx;
}

const ranges = array(rawScan());
const sectors = ranges.reshape(SECTORS, BEAMS_PER_SECTOR);
const means = sectorMeans(sectors);
console.log("sector means:", means.map((m) => m.toFixed(2)).join(" "));
console.log("best heading:", bestHeading(means).toFixed(3), "rad");

// Nearest obstacles for the safety report.
const ranked = ranges.ravel();
ranked.sort(); // expect: no-view-mutation
console.log("three nearest returns:", ranked.slice(":3").tolist());
console.log("sector 0 beams:", sectors.slice(0).tolist());

// The same ranking done on a private copy leaves the scan untouched.
const rankedCopy = ranges.flatten();
rankedCopy.sort();
console.log("median return:", rankedCopy.get(Math.floor(rankedCopy.size / 2)).toFixed(3));

// Local grid: carve free space along each beam and mark the endpoint occupied.
const grid = zeros([SIZE, SIZE]);
grid.fill(-1);
for (let i = 0; i < ranges.size; i++) {
  const angle = (i / ranges.size) * 2 * Math.PI;
  const range = ranges.get(i);
  for (let d = 0; d < range; d += CELL / 2) {
    const [r, c] = toCell(d, angle);
    if (grid.get(r, c) !== OCCUPIED) grid.set([r, c], FREE);
  }
  const [er, ec] = toCell(range, angle);
  grid.set([er, ec], OCCUPIED);
}

// Frontier cells should be tagged on the grid for the explorer.
const frontier = frontierIndices(grid);
grid.take(frontier).fill(FRONTIER); // expect: no-lost-write

let freeCells = 0;
let occupiedCells = 0;
for (let i = 0; i < grid.size; i++) {
  const v = grid.data[i] as number;
  if (v === FREE) freeCells += 1;
  if (v === OCCUPIED) occupiedCells += 1;
}
console.log("frontier cells:", frontier.length, "free:", freeCells, "occupied:", occupiedCells);
console.log("grid:", grid.tolist());
