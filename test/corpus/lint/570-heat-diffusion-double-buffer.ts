// Simulates 1-D heat diffusion along a rod with two ping-pong buffers and reports the temperature profile every ten steps.
// runnable
import { linspace, zeros, NDArray } from "ndalias";

const CELLS = 12;
const ALPHA = 0.25;
const STEPS = 30;

function initialProfile(n: number): NDArray {
  const rod = zeros(n);
  rod.slice("4:8").fill(100);
  return rod;
}

// Explicit finite-difference update: writes the next state of `src` into `dst`.
function diffuse(src: NDArray, dst: NDArray, alpha: number): void {
  const left = src.slice(":-2");
  const mid = src.slice("1:-1");
  const right = src.slice("2:");
  const laplacian = left.add(right).sub(mid.mul(2));
  dst.assign("1:-1", mid.add(laplacian.mul(alpha)));
  dst.set(0, src.get(0));
  dst.set(src.size - 1, src.get(src.size - 1));
}

function totalHeat(profile: NDArray): number {
  return profile.sum();
}

const positions = linspace(0, 1, CELLS);
let current = initialProfile(CELLS);
let next = zeros(CELLS);
const initialHeat = totalHeat(current);
const snapshots: NDArray[] = [];

for (let t = 1; t <= STEPS; t++) {
  next.fill(0);
  diffuse(current, next, ALPHA);
  [current, next] = [next, current];
  if (t % 10 === 0) {
    snapshots.push(current.copy());
    console.log(`t=${t}: peak ${current.max().toFixed(2)}, total ${totalHeat(current).toFixed(2)}`);
  }
}

// Scratch buffer is free again after the loop: reuse it for the temperature gradient.
next.assign("1:", current.slice("1:").sub(current.slice(":-1")));
next.set(0, 0);
console.log("gradient:", JSON.stringify(next.tolist()));

let fahrenheit = current.mul(1.8);
fahrenheit = fahrenheit.add(32);
for (let i = 0; i < fahrenheit.size; i++) {
  fahrenheit.set(i, Math.round(fahrenheit.get(i) * 10) / 10);
}
console.log("positions:", positions.tolist());
console.log("final profile (F):", fahrenheit.tolist());
console.log("final profile (C):", current.tolist());
console.log(`heat lost through the ends: ${(initialHeat - totalHeat(current)).toFixed(2)}`);
console.log("snapshots kept:", snapshots.length, snapshots.map((s) => s.max().toFixed(1)).join(", "));
