// Simulates 1-D heat diffusion in a rod with two swapped buffers, fixed ends and an early stop once the profile settles.
import { array, zeros, NDArray } from "ndalias";

interface DiffusionResult {
  profile: NDArray;
  steps: number;
  settled: boolean;
}

interface DiffusionOptions {
  alpha?: number;
  maxSteps?: number;
  tol?: number;
}

function laplacian(u: NDArray): NDArray {
  return u.slice(":-2").add(u.slice("2:")).sub(u.slice("1:-1").mul(2));
}

function maxAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function diffuse(initial: NDArray, { alpha = 0.25, maxSteps = 500, tol = 1e-4 }: DiffusionOptions = {}): DiffusionResult {
  if (initial.size < 3) {
    return { profile: initial.copy(), steps: 0, settled: true };
  }
  let cur = initial.copy();
  let nxt = zeros(initial.size);
  const last = initial.size - 1;
  for (let step = 0; step < maxSteps; step++) {
    nxt.assign("1:-1", cur.slice("1:-1").add(laplacian(cur).mul(alpha)));
    nxt.set(0, cur.get(0));
    nxt.set(last, cur.get(last));
    const change = maxAbs(nxt.sub(cur));
    if (change < tol) {
      return { profile: nxt, steps: step + 1, settled: true };
    }
    [cur, nxt] = [nxt, cur];
  }
  return { profile: cur, steps: maxSteps, settled: false };
}

function energy(profile: NDArray, dx = 1): number {
  return profile.sum() * dx;
}

function describe(label: string, profile: NDArray): void {
  const cells = (profile.tolist() as number[]).map((v) => v.toFixed(1).padStart(6));
  console.log(label.padEnd(10), cells.join(""));
}

const rod = array([100, 0, 0, 0, 0, 0, 0, 0, 0, 20]);
describe("initial", rod);

const quick = diffuse(rod, { maxSteps: 10 });
describe("10 steps", quick.profile);
console.log("energy after 10 steps:", energy(quick.profile).toFixed(2));

const full = diffuse(rod, { alpha: 0.4 });
describe(full.settled ? "settled" : "unsettled", full.profile);
console.log("steps to settle:", full.steps);

// Temperatures in Kelvin for the report: a new array, written and then printed.
let kelvin = full.profile;
console.log("max Celsius:", kelvin.max().toFixed(2));
kelvin = kelvin.add(0);
kelvin.iadd(273.15);
describe("kelvin", kelvin);

// Probe a perturbed start from a private copy of the rod.
let probe = rod;
console.log("probe energy before:", energy(probe));
probe = probe.copy();
probe.set(4, 50);
const perturbed = diffuse(probe, { maxSteps: 25 });
describe("perturbed", perturbed.profile);
describe("rod again", rod);

// Reuse the settled profile as the next starting condition, in place.
const restart = full.profile;
restart.set(0, 60);
describe("restart", diffuse(restart, { maxSteps: 50 }).profile);
console.log("restart energy:", energy(restart).toFixed(2));
