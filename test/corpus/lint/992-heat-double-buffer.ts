// Explicit heat diffusion on a rod and on a plate with double buffering, fixed boundaries and periodic probes.
import { linspace, zeros, empty, NDArray } from "ndalias";

const N = 12;
const ALPHA = 0.25;
const STEPS = 40;
const PROBE_EVERY = 10;

/** One explicit Euler step from `src` into `dst`; the end points are copied unchanged. */
function rodStep(src: NDArray, dst: NDArray, alpha: number): void {
  const inner = dst.slice("1:-1");
  inner.assign(":", src.slice("1:-1"));
  const laplacian = src.slice(":-2").add(src.slice("2:")).sub(src.slice("1:-1").mul(2));
  inner.iadd(laplacian.mul(alpha));
  dst.set(0, src.get(0));
  dst.set(dst.size - 1, src.get(src.size - 1));
}

/** One Jacobi sweep of the 2-D Laplace equation from `src` into `dst`, boundary rows and columns kept. */
function plateSweep(src: NDArray, dst: NDArray): void {
  dst.assign(":", src);
  const avg = src
    .slice(":-2, 1:-1")
    .add(src.slice("2:, 1:-1"))
    .add(src.slice("1:-1, :-2"))
    .add(src.slice("1:-1, 2:"))
    .div(4);
  dst.slice("1:-1, 1:-1").assign(":", avg);
}

function maxChange(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

// ---------------- rod ----------------
let current = zeros(N);
let next = zeros(N);
current.set(0, 100);
current.set(N - 1, 20);

const probes: number[] = [];
const history = empty(STEPS / PROBE_EVERY, "object");

for (let t = 0; t < STEPS; t++) {
  rodStep(current, next, ALPHA);
  [current, next] = [next, current];
  if ((t + 1) % PROBE_EVERY === 0) {
    const middle = current.slice(`${N / 2 - 1}:${N / 2 + 1}`);
    probes.push(Number(middle.mean().toFixed(3)));
    history.set((t + 1) / PROBE_EVERY - 1, current.copy());
  }
}

const steady = linspace(100, 20, N);
const residual = current.sub(steady);
residual.imul(residual);

console.log("probes at the middle:", probes);
console.log("first snapshot:", (history.get(0) as NDArray).tolist());
console.log("rod:", (current.tolist() as number[]).map((v) => Number(v.toFixed(2))));
console.log("squared distance to steady state:", residual.sum().toFixed(4));

// ---------------- plate ----------------
const SIDE = 6;
let plate = zeros([SIDE, SIDE]);
plate.slice(0).fill(100);
plate.slice(-1).fill(0);
plate.slice(":", 0).fill(50);
plate.slice(":", -1).fill(50);

const initialTop = plate.slice(0).copy();
let scratch = empty([SIDE, SIDE]);
let sweeps = 0;
let change = Infinity;
while (change > 0.05 && sweeps < 200) {
  plateSweep(plate, scratch);
  change = maxChange(plate, scratch);
  [plate, scratch] = [scratch, plate];
  sweeps++;
}

// Views made after the last sweep.
const interior = plate.slice("1:-1, 1:-1");
const centreColumn = plate.slice(":", SIDE / 2);
const corners = plate.take([0, SIDE - 1], 0).take([0, SIDE - 1], 1);

console.log(`plate converged after ${sweeps} sweeps (last change ${change.toFixed(3)})`);
console.log("interior mean:", interior.mean().toFixed(3));
console.log("centre column:", (centreColumn.tolist() as number[]).map((v) => Number(v.toFixed(1))));
console.log("corners:", corners.tolist(), "initial top row:", initialTop.tolist());
