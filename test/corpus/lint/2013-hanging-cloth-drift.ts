// Simulates a cloth grid hanging from its top row for a few steps and prints how far the top row drifted and how much the bottom sagged.
// runnable
import { zeros, NDArray } from "ndalias";

const ROWS = 4;
const COLS = 3;
const SPACING = 0.5;
const DT = 0.05;
const DAMPING = 0.98;

function makeGrid(rows: number, cols: number, spacing: number): NDArray {
  const grid = zeros([rows, cols, 2]);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      grid.set([r, c, 0], c * spacing);
      grid.set([r, c, 1], -r * spacing);
    }
  }
  return grid;
}

function* structuralSprings(rows: number, cols: number): Generator<[number[], number[]]> {
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) yield [[r, c], [r, c + 1]];
      if (r + 1 < rows) yield [[r, c], [r + 1, c]];
    }
  }
}

function springForces(pos: NDArray, rest: number, k: number): NDArray {
  const force = zeros(pos.shape);
  for (const [[r0, c0], [r1, c1]] of structuralSprings(ROWS, COLS)) {
    const dx = pos.get(r1, c1, 0) - pos.get(r0, c0, 0);
    const dy = pos.get(r1, c1, 1) - pos.get(r0, c0, 1);
    const len = Math.hypot(dx, dy) || 1e-9;
    const f = (k * (len - rest)) / len;
    force.set([r0, c0, 0], force.get(r0, c0, 0) + f * dx);
    force.set([r0, c0, 1], force.get(r0, c0, 1) + f * dy);
    force.set([r1, c1, 0], force.get(r1, c1, 0) - f * dx);
    force.set([r1, c1, 1], force.get(r1, c1, 1) - f * dy);
  }
  return force;
}

function rowDistance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

function rowStretch(pos: NDArray): number[] {
  const stretch: number[] = [];
  for (let r = 0; r + 1 < pos.shape[0]; r++) {
    const upper = pos.slice(r, ":", 1);
    const lower = pos.slice(r + 1, ":", 1);
    stretch.push(upper.sub(lower).mean() / SPACING);
  }
  return stretch;
}

function clampBelow(pos: NDArray, floorY: number): void {
  for (let i = 0; i < pos.size; i += 2) {
    if ((pos.data[i + 1] as number) < floorY) pos.data[i + 1] = floorY;
  }
}

const pos = makeGrid(ROWS, COLS, SPACING);
const vel = zeros([ROWS, COLS, 2]);
const restTop = pos.slice(0);
const restBottom = pos.slice(-1).copy();
const energies: number[] = [];

for (let step = 0; step < 5; step++) {
  const acc = springForces(pos, SPACING, 40);
  acc.slice("...", 1).isub(9.81);
  vel.iadd(acc.mul(DT));
  vel.imul(DAMPING);
  vel.slice(0).fill(0);
  pos.iadd(vel.mul(DT)); // expect: no-view-mutation
  clampBelow(pos, -3);
  energies.push(0.5 * vel.mul(vel).sum());
}

const topDrift = rowDistance(pos.slice(0), restTop);
const bottomSag = restBottom.slice(":", 1).sub(pos.slice(-1).slice(":", 1)).mean();

console.log("kinetic energy per step:", energies.map((e) => e.toFixed(4)).join(", "));
console.log("top row drift:", topDrift);
console.log("bottom row sag:", bottomSag);
console.log("row stretch:", rowStretch(pos).map((x) => x.toFixed(3)).join(", "));
console.log("final bottom row:", pos.slice(-1).tolist());
