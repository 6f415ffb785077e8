// Heat diffusion on a square plate: explicit finite differences with fixed edges, a cooling pulse on the interior and energy reports.
import { full, NDArray } from "ndalias";

const N = 6;
const ALPHA = 0.2;
const EDGE_TEMP = 20;

export function interior(grid: NDArray): NDArray {
  return grid.slice("1:-1", "1:-1");
}

export function laplacian(u: NDArray): NDArray {
  const up = u.slice(":-2", "1:-1");
  const down = u.slice("2:", "1:-1");
  const left = u.slice("1:-1", ":-2");
  const right = u.slice("1:-1", "2:");
  return up.add(down).add(left).add(right).sub(interior(u).mul(4));
}

/** Holds the plate edges at the given temperature (in place). */
export function holdEdges(u: NDArray, temp: number): void {
  u.slice(0).fill(temp);
  u.slice(-1).fill(temp);
  u.slice(":", 0).fill(temp);
  u.slice(":", -1).fill(temp);
}

export function step(u: NDArray, dt: number): NDArray {
  const next = u.copy();
  next.assign("1:-1, 1:-1", interior(u).add(laplacian(u).mul(ALPHA * dt)));
  return next;
}

// thermal energy above ambient, in arbitrary units
export function excessEnergy(u: NDArray, ambient: number): number {
  u.isub(ambient); // expect: no-alias-mutation
  return u.sum();
}

function run(u: NDArray, steps: number, dt: number): NDArray {
  let cur = u;
  for (let s = 0; s < steps; s++) {
    cur = step(cur, dt);
    holdEdges(cur, EDGE_TEMP);
    if (cur.max() - cur.min() < 0.5) {
      console.log(`equilibrium reached after ${s + 1} steps`);
      break;
    }
  }
  return cur;
}

let plate = full([N, N], EDGE_TEMP);
plate.slice("2:4", "2:4").fill(100);
console.log("initial excess energy:", excessEnergy(plate.copy(), EDGE_TEMP).toFixed(1));

plate = run(plate, 10, 0.5);
console.log("centre after 10 steps:", plate.get(2, 2).toFixed(2));

// what-if for the cooling fan: how much heat would halving the interior temperature remove?
const core = interior(plate);
const coreHeat = core.sum();
core.imul(0.5); // expect: no-view-mutation
console.log("a fan pulse would remove", (coreHeat - core.sum()).toFixed(1), "units");
console.log("plate mean before the fan is fitted:", plate.mean().toFixed(2));

plate = run(plate, 40, 0.5);
const energyLeft = excessEnergy(plate, EDGE_TEMP);
console.log("excess energy left:", energyLeft.toFixed(1), "hottest cell:", plate.max().toFixed(2));
