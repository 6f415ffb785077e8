// Runs a 1-D heat diffusion with ping-pong buffers kept in a nested solver state, then post-processes the final profile.
import { array, zeros, NDArray } from "ndalias";

interface Solver {
  grid: { front: NDArray; back: NDArray };
  params: { alpha: number; steps: number };
  boundary: { left: number; right: number };
}

const solver: Solver = {
  grid: { front: array([0, 0, 0, 100, 100, 0, 0, 0]), back: zeros(8) },
  params: { alpha: 0.25, steps: 6 },
  boundary: { left: 0, right: 10 },
};

function diffuseInto(src: NDArray, dst: NDArray, alpha: number, left: number, right: number): void {
  const n = src.size;
  for (let i = 1; i < n - 1; i++) {
    const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
    dst.set(i, src.get(i) + alpha * lap);
  }
  dst.set(0, left);
  dst.set(n - 1, right);
}

function energy(u: NDArray): number {
  return u.sum();
}

function residual(u: NDArray, alpha: number): number {
  let worst = 0;
  for (let i = 1; i < u.size - 1; i++) {
    const lap = u.get(i - 1) - 2 * u.get(i) + u.get(i + 1);
    worst = Math.max(worst, Math.abs(alpha * lap));
  }
  return worst;
}

function describeSnapshots(snapshots: NDArray[]): string[] {
  return snapshots.map((u, i) => `#${i}: peak ${u.max().toFixed(2)} at mean ${u.mean().toFixed(2)}`);
}

const before = energy(solver.grid.front);
const snapshots: NDArray[] = [];

for (let t = 0; t < solver.params.steps; t++) {
  diffuseInto(solver.grid.front, solver.grid.back, solver.params.alpha, solver.boundary.left, solver.boundary.right);
  [solver.grid.front, solver.grid.back] = [solver.grid.back, solver.grid.front];
  // The back buffer is scratch until the next step: clear it for debugging dumps.
  solver.grid.back.fill(0);
  console.log(`step ${t + 1}: energy ${energy(solver.grid.front).toFixed(3)}`);
  if (t % 2 === 1) snapshots.push(solver.grid.front.copy());
}

for (const line of describeSnapshots(snapshots)) console.log("snapshot", line);
console.log("residual:", residual(solver.grid.front, solver.params.alpha).toFixed(4));

console.log("energy before:", before, "after:", energy(solver.grid.front).toFixed(3));
console.log("final profile:", solver.grid.front.tolist());

// Symmetrised profile: average with its mirror image, in a fresh array.
let profile: NDArray = solver.grid.front;
profile = profile.add(solver.grid.front.flip()).mul(0.5);
profile.isub(profile.min());
console.log("symmetrised, shifted to zero:", profile.tolist());

// A probe that started out pointing at the live field gets its own buffer.
const probe = { label: "midpoint probe", field: solver.grid.front, scale: 0.5 };
probe.field = probe.field.copy();
probe.field.imul(probe.scale);
console.log(probe.label, probe.field.tolist(), "live field:", solver.grid.front.tolist());

// Two local work buffers swapped by destructuring.
let current = solver.grid.front.copy();
let next = zeros(current.size);
for (let k = 0; k < 2; k++) {
  next.assign("1:-1", current.slice("2:").add(current.slice(":-2")).mul(0.5));
  next.set(0, current.get(0));
  next.set(-1, current.get(-1));
  [current, next] = [next, current];
}
console.log("two smoothing passes:", current.tolist());
console.log("solver state untouched:", solver.grid.front.sum().toFixed(3), solver.grid.back.sum());
