// Simulates heat diffusion along a rod with two swapped buffers, samples probe temperatures every step and prints the final profile.
import { zeros, NDArray } from "ndalias";

interface SimOptions {
  cells?: number;
  alpha?: number;
  tolerance?: number;
  maxSteps?: number;
}

function diffuseInto(dst: NDArray, src: NDArray, k: number): void {
  const last = src.size - 1;
  dst.set(0, src.get(0));
  dst.set(last, src.get(last));
  for (let i = 1; i < last; i++) {
    dst.set(i, src.get(i) + k * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

const { cells = 8, alpha = 0.25, tolerance = 0.5, maxSteps = 200 }: SimOptions = {
  cells: 10,
  tolerance: 0.25,
};

let cur = zeros(cells);
let next = zeros(cells);
cur.set(0, 100);
cur.set(cells - 1, 40);
const initial = cur.copy();

// One probe closure per sensor position; each reads whichever buffer is current.
const probeCells = [1, Math.floor(cells / 2), cells - 2];
const probes: Array<() => number> = [];
for (const cell of probeCells) {
  probes.push(() => cur.get(cell));
}

const samples: number[][] = [];
let step = 0;
let change = Infinity;
do {
  diffuseInto(next, cur, alpha);
  change = maxAbsDiff(next, cur);
  [cur, next] = [next, cur];
  samples.push(probes.map((probe) => probe()));
  step++;
} while (change > tolerance && step < maxSteps);

console.log(`converged after ${step} steps (last change ${change.toFixed(3)})`);
console.log("first probe samples:", samples[0].map((v) => v.toFixed(1)).join(" "));
console.log("last probe samples:", samples[samples.length - 1].map((v) => v.toFixed(1)).join(" "));

// The spare buffer is now scratch space: reuse it for the gradient profile.
next.fill(0);
for (let i = 1; i < cells; i++) {
  next.set(i, cur.get(i) - cur.get(i - 1));
}
console.log("gradient profile:", next.tolist());

// Insulate the interior: copy the profile first, then cool the interior cells in place.
const beforeCooling = cur.copy();
cur.slice("1:-1").imul(0.5);
const interior = cur.slice("1:-1");
console.log("interior mean after cooling:", interior.mean().toFixed(2));
console.log("interior mean before cooling:", beforeCooling.slice("1:-1").mean().toFixed(2));

let hottest: NDArray | undefined;
for (const candidate of [cur, initial, beforeCooling]) {
  if (!hottest || candidate.max() > hottest.max()) {
    hottest = candidate;
  }
}
console.log("hottest profile peak:", hottest?.max());
console.log("final profile:", cur.tolist(), "initial:", initial.tolist());
console.log("probe readings now:", probes.map((probe) => probe().toFixed(1)).join(" "));
