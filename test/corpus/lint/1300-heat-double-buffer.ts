// Simulates 1-D heat diffusion in two module-level buffers that swap roles every step, and reports rod statistics.
import { zeros, NDArray } from "ndalias";

const CELLS = 12;
const ALPHA = 0.2;
const HOT_END = 100;
const COLD_END = 0;

let cur: NDArray = zeros(CELLS);
let next: NDArray = zeros(CELLS);
let steps = 0;

function applyBoundary(): void {
  cur.set(0, HOT_END);
  cur.set(CELLS - 1, COLD_END);
}

function diffuse(): void {
  for (let i = 1; i < CELLS - 1; i++) {
    const left = cur.get(i - 1);
    const mid = cur.get(i);
    const right = cur.get(i + 1);
    next.set(i, mid + ALPHA * (left - 2 * mid + right));
  }
  next.set(0, cur.get(0));
  next.set(CELLS - 1, cur.get(CELLS - 1));
  [cur, next] = [next, cur];
  steps++;
}

function interiorMean(): number {
  const interior = cur.slice("1:-1");
  return interior.mean();
}

function hottestInterior(): number {
  return cur.slice("1:-1").max();
}

function totalEnergy(): number {
  return cur.sum();
}

function gradientAt(i: number): number {
  if (i <= 0 || i >= CELLS - 1) {
    return 0;
  }
  return (cur.get(i + 1) - cur.get(i - 1)) / 2;
}

function resetRod(initial: number): void {
  cur = zeros(CELLS);
  cur.fill(initial);
  next = zeros(CELLS);
  steps = 0;
}

function run(n: number): void {
  for (let s = 0; s < n; s++) {
    diffuse();
    applyBoundary();
  }
}

function describe(label: string): string {
  return `${label}: ${steps} steps, mean ${interiorMean().toFixed(3)}, ` +
    `hottest ${hottestInterior().toFixed(3)}, energy ${totalEnergy().toFixed(1)}`;
}

applyBoundary();
run(20);
console.log(describe("cold start"));

const coarseProfile = cur.slice("::3");
console.log("coarse profile:", coarseProfile.tolist());
const energyAfterColdStart = totalEnergy();
const gradients: number[] = [];
for (let i = 0; i < CELLS; i++) {
  gradients.push(gradientAt(i));
}
console.log("gradients:", gradients.map((g) => g.toFixed(2)).join(" "));

resetRod(25);
applyBoundary();
run(30);
console.log(describe("warm start"));

const warmProfile = cur.slice("::3");
console.log("warm profile:", warmProfile.tolist());
console.log("cold-start profile kept for comparison:", coarseProfile.tolist());
console.log(
  "energy change between runs:",
  (totalEnergy() - energyAfterColdStart).toFixed(2),
);

const halfway = Math.floor(CELLS / 2);
const upper = cur.slice(`:${halfway}`);
const lower = cur.slice(`${halfway}:`);
console.log("upper half mean:", upper.mean().toFixed(3), "lower half mean:", lower.mean().toFixed(3));
