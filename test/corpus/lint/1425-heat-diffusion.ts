// Explicit 1-D heat diffusion with a front and back buffer that are swapped each step, plus a probe log kept in module state.
import { zeros, NDArray } from "ndalias";

const N = 16;
const ALPHA = 0.2;

let front = zeros(N);
let back = zeros(N);
const probeLog = zeros(64);
let probeCount = 0;

// heaters: write the boundary cells of the grid that is passed in, on purpose
const applyBoundary = (grid: NDArray, left: number, right: number): void => {
  grid.set(0, left);
  grid.set(grid.size - 1, right);
};

const logProbe = (value: number) => {
  probeLog.set(probeCount % probeLog.size, value);
  probeCount += 1;
};

const step = () => {
  for (let i = 1; i < N - 1; i++) {
    const lap = front.get(i - 1) - 2 * front.get(i) + front.get(i + 1);
    back.set(i, front.get(i) + ALPHA * lap);
  }
  applyBoundary(back, 100, 0);
  [front, back] = [back, front];
  logProbe(front.get(N / 2));
};

const energy = (grid: NDArray) => grid.slice("1:-1").sum();

const profile = (grid: NDArray, every: number) =>
  (grid.tolist() as number[]).filter((_, i) => i % every === 0).map((v) => v.toFixed(1));

// a hot spot is painted straight into the front buffer before the run
front.slice("6:9").fill(50);
applyBoundary(front, 100, 0);

const start = energy(front);
for (let t = 0; t < 40; t++) step();
console.log("energy start/end:", start.toFixed(1), energy(front).toFixed(1));
console.log("profile:", profile(front, 3).join(" "));

// snapshots: the copy is taken before the next run writes the buffers
const snapshot = front.copy();
for (let t = 0; t < 40; t++) step();
const change = front.sub(snapshot);
change.imul(100 / N);
console.log("mean change (% of cells):", change.mean().toFixed(3));
console.log("snapshot energy:", energy(snapshot).toFixed(1));

// the probe log is plain module state, reset and read through its own name
const probeSummary = () => {
  const n = Math.min(probeCount, probeLog.size);
  const recent = probeLog.slice(`0:${n}`);
  return { n, mean: recent.mean(), max: recent.max() };
};
console.log("probe:", probeSummary());
probeLog.fill(0);
probeCount = 0;
for (let t = 0; t < 5; t++) step();
console.log("probe after reset:", probeSummary());

// a cooled variant: rebinding the name to a new array ends its tie to the live buffer
let cooled = front;
cooled = cooled.mul(0.5);
cooled.isub(1);
console.log("cooled profile:", profile(cooled, 4).join(" "));
console.log("live profile:", profile(front, 4).join(" "));

// two independent grids: writing one never touches the other
const gridA = zeros(N);
const gridB = zeros(N);
gridA.fill(20);
applyBoundary(gridB, 0, 100);
console.log("A/B energies:", energy(gridA).toFixed(1), energy(gridB).toFixed(1));

const stats = [front, back, gridA, gridB].map((g) => ({ min: g.min(), max: g.max() }));
stats.forEach((s, i) => console.log(`grid ${i}: ${s.min.toFixed(1)}..${s.max.toFixed(1)}`));
export default { step, energy, probeSummary };
