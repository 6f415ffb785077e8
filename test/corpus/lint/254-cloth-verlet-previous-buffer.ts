// A hanging cloth strip simulated with Verlet integration: previous-position buffer, gravity, distance constraints and a pinned end.
import { zeros, NDArray } from "ndalias";

const N = 6;
const REST = 1;
const DT = 1 / 60;
const GRAVITY = -9.8;
const DAMPING = 0.99;

function satisfyConstraints(p: NDArray, rest: number, iterations: number): void {
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < p.shape[0] - 1; i++) {
      const dx = p.get(i + 1, 0) - p.get(i, 0);
      const dy = p.get(i + 1, 1) - p.get(i, 1);
      const d = Math.hypot(dx, dy) || 1e-9;
      const k = (0.5 * (d - rest)) / d;
      p.set([i, 0], p.get(i, 0) + dx * k);
      p.set([i, 1], p.get(i, 1) + dy * k);
      p.set([i + 1, 0], p.get(i + 1, 0) - dx * k);
      p.set([i + 1, 1], p.get(i + 1, 1) - dy * k);
    }
  }
}

function pin(p: NDArray, anchor: NDArray): void {
  p.assign("0", anchor);
}

function kineticEnergy(current: NDArray, previous: NDArray): number {
  const v = current.sub(previous);
  v.idiv(DT);
  return 0.5 * v.mul(v).sum();
}

let pos = zeros([N, 2]);
for (let i = 0; i < N; i++) pos.set([i, 0], i * REST);
let prev = pos.copy();
const anchor = pos.slice(0).copy();

for (let step = 0; step < 30; step++) {
  const next = pos.add(pos.sub(prev).mul(DAMPING));
  next.slice(":", 1).iadd(GRAVITY * DT * DT);
  prev = pos;
  pos = next;
  satisfyConstraints(pos, REST, 3);
  pin(pos, anchor);
}

const tip = pos.slice(-1);
const sag = anchor.get(1) - tip.get(1);
console.log("tip sag:", sag.toFixed(4), "energy:", kineticEnergy(pos, prev).toFixed(4));
console.log("strip:", pos.tolist());
