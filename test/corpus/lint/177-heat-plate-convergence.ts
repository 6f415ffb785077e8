// Heat diffusion on a square plate with fixed top/left edges and an insulated right edge: interior relaxation, a convergence check against the previous interior, and boundary probes read with get().
// runnable
import { zeros, NDArray } from "ndalias";

const N = 6;
const ALPHA = 0.2;

function makePlate(top: number, left: number): NDArray {
  const plate = zeros([N, N]);
  plate.slice(0).fill(top);
  plate.slice(":", 0).fill(left);
  return plate;
}

function relaxed(u: NDArray): NDArray {
  const next = u.copy();
  for (let i = 1; i < N - 1; i++) {
    for (let j = 1; j < N - 1; j++) {
      const lap = u.get(i - 1, j) + u.get(i + 1, j) + u.get(i, j - 1) + u.get(i, j + 1) - 4 * u.get(i, j);
      next.set([i, j], u.get(i, j) + ALPHA * lap);
    }
  }
  return next;
}

function insulateRightEdge(u: NDArray): void {
  u.slice("1:-1", -1).assign(":", u.slice("1:-1", -2));
}

const plate = makePlate(100, 40);
let delta = Infinity;
let steps = 0;
while (delta > 0.01 && steps < 200) {
  const next = relaxed(plate);
  const before = plate.slice("1:-1", "1:-1");
  plate.slice("1:-1", "1:-1").assign(":", next.slice("1:-1", "1:-1")); // expect: no-view-mutation
  delta = next.slice("1:-1", "1:-1").sub(before).max();
  insulateRightEdge(plate);
  steps++;
}
console.log(`stopped after ${steps} step(s), last change ${delta.toFixed(4)}`);

const probes = {
  top: plate.get(0, 3),
  left: plate.get(3, 0),
  right: plate.get(3, N - 1),
  bottom: plate.get(N - 1, 3),
};
console.log("boundary probes:", probes);

const strip = zeros(12);
const upper = strip.slice("0:6");
const lower = strip.slice("6:12");
upper.assign(":", plate.slice(1));
lower.assign(":", plate.slice(N - 2));
lower.imul(0.5);
console.log("upper strip mean:", upper.mean().toFixed(2), "lower strip max:", lower.max().toFixed(2));
