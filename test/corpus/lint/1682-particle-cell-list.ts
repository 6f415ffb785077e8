// Bins particles into grid cells with an index-linked cell list, counts close pairs, advances one step and bounces wall particles.
// runnable
import { array, full, NDArray } from "ndalias";

const BOX = 4;
const CELL = 1;
const SIDE = BOX / CELL;
const CUTOFF = 0.6;
const DT = 0.5;

const positions = array([
  [0.2, 0.3], [0.6, 0.5], [1.1, 3.8], [3.9, 3.7],
  [2.5, 2.4], [2.6, 2.2], [0.5, 3.1], [3.4, 0.2],
]);
const velocities = array([
  [-0.6, 0.1], [0.2, 0.2], [0.0, 0.5], [0.4, 0.4],
  [0.1, -0.1], [-0.1, 0.1], [0.0, -0.2], [0.3, -0.5],
]);
const count = positions.shape[0];

function cellOf(i: number): number {
  const cx = Math.min(SIDE - 1, Math.max(0, Math.floor((positions.get(i, 0) as number) / CELL)));
  const cy = Math.min(SIDE - 1, Math.max(0, Math.floor((positions.get(i, 1) as number) / CELL)));
  return cy * SIDE + cx;
}

// Linked cell list: cellHead[c] is the first particle in cell c, nextInCell[i] the next one after i.
const cellHead = full(SIDE * SIDE, -1, "int32");
const nextInCell = full(count, -1, "int32");

function rebuildCells(): void {
  cellHead.fill(-1);
  nextInCell.fill(-1);
  for (let i = 0; i < count; i++) {
    const c = cellOf(i);
    nextInCell.set(i, cellHead.get(c));
    cellHead.set(c, i);
  }
}

function distance2(i: number, j: number): number {
  const d = positions.slice(i).sub(positions.slice(j));
  return d.mul(d).sum();
}

function closePairs(): [number, number][] {
  const pairs: [number, number][] = [];
  for (let c = 0; c < SIDE * SIDE; c++) {
    const cx = c % SIDE;
    const cy = Math.floor(c / SIDE);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = cx + dx;
        const ny = cy + dy;
        if (nx < 0 || ny < 0 || nx >= SIDE || ny >= SIDE) continue;
        const other = ny * SIDE + nx;
        for (let i: number = cellHead.get(c); i !== -1; i = nextInCell.get(i)) {
          for (let j: number = cellHead.get(other); j !== -1; j = nextInCell.get(j)) {
            if (i < j && distance2(i, j) < CUTOFF * CUTOFF) pairs.push([i, j]);
          }
        }
      }
    }
  }
  return pairs;
}

function occupancy(): NDArray {
  const counts = full(SIDE * SIDE, 0, "int32");
  for (let c = 0; c < SIDE * SIDE; c++) {
    for (let i: number = cellHead.get(c); i !== -1; i = nextInCell.get(i)) counts.set(c, counts.get(c) + 1);
  }
  return counts;
}

rebuildCells();
console.log("close pairs:", closePairs());
console.log("busiest cell holds", occupancy().max(), "particles");

// Median x coordinate, from a sorted copy of the column.
const xs = positions.slice(":", 0).copy();
xs.sort();
console.log("median x:", xs.get(Math.floor(xs.size / 2)));

positions.iadd(velocities.mul(DT));

const outside: number[] = [];
for (let i = 0; i < count; i++) {
  const x = positions.get(i, 0) as number;
  const y = positions.get(i, 1) as number;
  if (x < 0 || y < 0 || x > BOX || y > BOX) outside.push(i);
}

if (outside.length > 0) {
  // Bounce: reverse and damp the velocity of every particle that left the box.
  const bounced = velocities.take(outside, 0);
  bounced.imul(-0.5); // expect: no-lost-write
}

rebuildCells();
console.log("particles outside the box:", outside);
console.log("velocities after the wall pass:", velocities.tolist());
console.log("close pairs after the step:", closePairs());
