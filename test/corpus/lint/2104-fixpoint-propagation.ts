// Sparse constant propagation to a fixed point with ping-pong value buffers, swapped each sweep, over a small dataflow graph.
import { array, zeros, NDArray } from "ndalias";

interface Edge {
  from: number;
  to: number;
  weight: number;
}

const NODES = 6;
const edges: Edge[] = [
  { from: 0, to: 1, weight: 0.5 },
  { from: 1, to: 2, weight: 0.5 },
  { from: 0, to: 3, weight: 1.0 },
  { from: 3, to: 4, weight: 0.25 },
  { from: 2, to: 5, weight: 1.0 },
  { from: 4, to: 5, weight: 1.0 },
];

const seed = array([8, 0, 0, 0, 0, 0]);

function sweep(src: NDArray, dst: NDArray, base: NDArray): void {
  dst.assign(":", base);
  for (const e of edges) {
    dst.set(e.to, dst.get(e.to) + e.weight * src.get(e.from));
  }
}

function maxDelta(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

export function propagate(base: NDArray, maxSweeps: number): { values: NDArray; sweeps: number } {
  let cur = base.copy();
  let next = zeros(base.size);
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweep(cur, next, base);
    sweeps += 1;
    const delta = maxDelta(cur, next);
    [cur, next] = [next, cur];
    if (delta < 1e-9) break;
  }
  return { values: cur, sweeps };
}

export function dampedStep(start: NDArray, damping: number): NDArray {
  let state: NDArray = start;
  state = state.mul(damping);
  state.iadd(1 - damping);
  return state;
}

export function resetScratch(size: number, template: NDArray): NDArray {
  let scratch: NDArray = template;
  console.log("template checksum:", scratch.sum());
  scratch = zeros(size);
  scratch.fill(-1);
  scratch.set(0, template.get(0));
  return scratch;
}

const { values, sweeps } = propagate(seed, 20);
console.log(`fixed point after ${sweeps} sweeps:`, values.tolist());
console.log("seed unchanged:", seed.tolist());

let front = array([1, 2, 3]);
let back = array([0, 0, 0]);
for (let step = 0; step < 3; step++) {
  for (let i = 0; i < back.size; i++) back.set(i, front.get(i) * 2);
  [front, back] = [back, front];
  back.fill(0);
}
console.log("front:", front.tolist(), "back:", back.tolist());

const damped = dampedStep(seed, 0.9);
console.log("damped:", damped.tolist(), "seed:", seed.tolist());

const scratch = resetScratch(NODES, seed);
console.log("scratch:", scratch.tolist(), "seed head:", seed.get(0));

const nodeLabels = ["in", "a", "b", "c", "d", "out"];
const summary = nodeLabels.map((label, i) => `${label}=${values.get(i).toFixed(3)}`).join(" ");
console.log(summary);
