// Position-based physics step for linked bodies in a box: gravity, integration, bounds and distance-constraint projection.
import { array, zeros, NDArray } from "ndalias";

interface Bodies {
  pos: NDArray;
  vel: NDArray;
  invMass: NDArray;
}

function integrate(b: Bodies, dt: number, gravity: number): void {
  b.vel.slice(":", 1).isub(gravity * dt);
  b.pos.iadd(b.vel.mul(dt));
}

function projectBounds(pos: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < pos.size; i++) {
    pos.data[i] = Math.min(hi, Math.max(lo, pos.data[i] as number));
  }
}

function projectDistance(pos: NDArray, invMass: NDArray, i: number, j: number, rest: number): void {
  const wi = invMass.get(i);
  const wj = invMass.get(j);
  if (wi + wj === 0) return;
  const dx = pos.get(j, 0) - pos.get(i, 0);
  const dy = pos.get(j, 1) - pos.get(i, 1);
  const d = Math.hypot(dx, dy) || 1e-9;
  const k = (d - rest) / (d * (wi + wj));
  pos.set([i, 0], pos.get(i, 0) + wi * k * dx);
  pos.set([i, 1], pos.get(i, 1) + wi * k * dy);
  pos.set([j, 0], pos.get(j, 0) - wj * k * dx);
  pos.set([j, 1], pos.get(j, 1) - wj * k * dy);
}

function predicted(b: Bodies, dt: number): NDArray {
  const p = b.pos.copy();
  p.iadd(b.vel.mul(dt));
  projectBounds(p, 0, 10);
  return p;
}

function step(b: Bodies, dt: number): void {
  const before = b.pos.copy();
  integrate(b, dt, 9.8);
  projectBounds(b.pos, 0, 10);
  for (let it = 0; it < 4; it++) projectDistance(b.pos, b.invMass, 0, 1, 2);
  b.vel = b.pos.sub(before).div(dt);
}

function kinetic(b: Bodies): number {
  const v2 = b.vel.mul(b.vel);
  v2.imul(0.5);
  return v2.sum();
}

const bodies: Bodies = {
  pos: array([[1, 6], [3, 6]]),
  vel: zeros([2, 2]),
  invMass: array([0, 1]),
};
for (let t = 0; t < 10; t++) step(bodies, 1 / 30);
const lookahead = predicted(bodies, 0.5);
const heights = bodies.pos.slice(":", 1);
console.log("heights:", heights.tolist(), "kinetic:", kinetic(bodies));
console.log("lookahead:", lookahead.tolist(), "positions:", bodies.pos.tolist());
