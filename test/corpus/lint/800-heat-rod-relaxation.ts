// Simulates heat diffusion along a rod with fixed end temperatures, stepping a fixed horizon and relaxing to a steady state.
// runnable
import { linspace, zeros, NDArray } from "ndalias";

const ALPHA = 0.4;
const LEFT_TEMP = 100;
const RIGHT_TEMP = 20;

function applyBoundaries(rod: NDArray): void {
  rod.slice(":1").fill(LEFT_TEMP);
  rod.slice("-1:").fill(RIGHT_TEMP);
}

/** One explicit finite-difference step; returns the new interior as a fresh array. */
function explicitStep(rod: NDArray): NDArray {
  const laplacian = rod.slice(":-2").add(rod.slice("2:")).sub(rod.slice("1:-1").mul(2));
  return rod.slice("1:-1").add(laplacian.mul(ALPHA));
}

function maxAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function simulate(initial: NDArray, steps: number): NDArray {
  let cur = initial.copy();
  let next = zeros(cur.size);
  applyBoundaries(cur);
  for (let s = 0; s < steps; s++) {
    next.assign("1:-1", explicitStep(cur));
    applyBoundaries(next);
    [cur, next] = [next, cur];
  }
  return cur;
}

/** Copies of the rod every `every` steps, for plotting the transient. */
function snapshots(initial: NDArray, every: number, count: number): NDArray[] {
  const frames: NDArray[] = [];
  let cur = initial.copy();
  let next = zeros(cur.size);
  applyBoundaries(cur);
  for (let s = 1; s <= every * count; s++) {
    next.assign("1:-1", explicitStep(cur));
    applyBoundaries(next);
    [cur, next] = [next, cur];
    if (s % every === 0) frames.push(cur.copy());
  }
  return frames;
}

function relaxUntilSteady(initial: NDArray, tol: number, maxSteps: number): { temps: NDArray; steps: number } {
  const temps = initial.copy();
  applyBoundaries(temps);
  const interior = temps.slice("1:-1");
  for (let step = 0; step < maxSteps; step++) {
    const updated = explicitStep(temps);
    temps.assign("1:-1", updated); // expect: no-view-mutation
    // compare against the interior of the previous step
    const change = updated.sub(interior);
    if (maxAbs(change) < tol) {
      return { temps, steps: step + 1 };
    }
  }
  return { temps, steps: maxSteps };
}

function energy(rod: NDArray): number {
  return rod.sum() / rod.size;
}

const cells = 17;
const start = linspace(20, 20, cells);
const startEnergy = energy(start);

const shortRun = simulate(start, 25);
const longRun = simulate(start, 400);
console.log("mean temperature after 25 steps:", energy(shortRun).toFixed(2));
console.log("mean temperature after 400 steps:", energy(longRun).toFixed(2));

const frames = snapshots(start, 10, 4);
frames.forEach((f, i) => console.log(`t=${(i + 1) * 10}: centre ${f.get((cells - 1) / 2).toFixed(2)}`));
const lastFrame = frames.at(-1);
if (lastFrame) console.log("last frame matches 40-step run:", maxAbs(lastFrame.sub(simulate(start, 40))) < 1e-9);

const { temps, steps } = relaxUntilSteady(start, 1e-6, 5000);
console.log(`relaxation stopped after ${steps} step(s)`);

// views for the report are taken only after all simulation writes are done
const probes = longRun.slice("::4");
const centre = temps.slice(`${(cells - 1) / 2}`);
console.log("probe temperatures (400 steps):", (probes.tolist() as number[]).map((v) => v.toFixed(1)));
console.log("centre temperature (relaxed):", centre.sum().toFixed(2));
console.log("start energy unchanged:", startEnergy === energy(start));

const gap = temps.sub(longRun);
console.log("largest gap between runs:", maxAbs(gap).toFixed(3));
