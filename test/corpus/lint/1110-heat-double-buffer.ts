// 1-D heat diffusion with double buffering: each step writes the next field into the back buffer, then the buffers swap.
import { array, zeros, NDArray } from "ndalias";

/** Writes one explicit diffusion step of `src` into `dst` (fixed-temperature ends). */
function diffuseInto(dst: NDArray, src: NDArray, alpha: number): void {
  const n = src.size;
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
  for (let i = 1; i < n - 1; i++) {
    const lap = src.get(i - 1) - 2 * src.get(i) + src.get(i + 1);
    dst.set(i, src.get(i) + alpha * lap);
  }
}

function maxChange(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

export function simulate(initial: NDArray, steps: number, alpha: number): NDArray {
  let front = initial.copy();
  let back = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    diffuseInto(back, front, alpha);
    [front, back] = [back, front];
  }
  return front;
}

export function simulateUntilSteady(initial: NDArray, alpha: number, tol: number): { field: NDArray; steps: number } {
  let current = initial.copy();
  let scratch = zeros(initial.size);
  let steps = 0;
  for (; steps < 10000; steps++) {
    diffuseInto(scratch, current, alpha);
    const change = maxChange(scratch, current);
    [current, scratch] = [scratch, current];
    if (change < tol) break;
  }
  return { field: current, steps };
}

export function normalizedProfile(profile: NDArray): NDArray {
  let p = profile;
  p = p.sub(p.min());
  const top = p.max();
  p.idiv(top > 0 ? top : 1);
  return p;
}

export function bestOfSchedules(initial: NDArray, alphas: number[], steps: number): { alpha: number; field: NDArray } {
  let best = simulate(initial, steps, alphas[0]);
  let bestAlpha = alphas[0];
  for (const alpha of alphas.slice(1)) {
    let candidate = simulate(initial, steps, alpha);
    if (candidate.max() < best.max()) {
      [best, candidate] = [candidate, best];
      bestAlpha = alpha;
    }
    console.log(`  alpha=${alpha} peak=${candidate.max().toFixed(3)}`);
  }
  return { alpha: bestAlpha, field: best };
}

const rod = array([0, 0, 0, 100, 100, 0, 0, 0, 0]);
const ends = rod.slice("::8");
console.log("boundary temperatures:", ends.tolist());

const after10 = simulate(rod, 10, 0.25);
console.log("after 10 steps:", after10.tolist());
console.log("initial rod unchanged:", rod.tolist());

const steady = simulateUntilSteady(rod, 0.25, 1e-3);
console.log(`steady after ${steady.steps} steps, total heat ${steady.field.sum().toFixed(2)}`);

const profile = normalizedProfile(after10);
console.log("normalised profile:", profile.tolist());
console.log("raw profile peak:", after10.max().toFixed(3));

const best = bestOfSchedules(rod, [0.1, 0.2, 0.3], 20);
console.log("flattest schedule alpha:", best.alpha, "peak:", best.field.max().toFixed(3));

// Two independent working fields, swapped by rebinding only.
let left = rod.mul(0.5);
let right = rod.add(10);
[left, right] = [right, left];
left.isub(10);
right.imul(2);
console.log("left:", left.tolist(), "right:", right.tolist());
console.log("rod:", rod.tolist(), "ends:", ends.tolist());
