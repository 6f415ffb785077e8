// Explicit finite-difference solver for 1-D heat diffusion along a rod, swapping two buffers each step, with fixed or insulated ends.
import { zeros, linspace, NDArray } from "ndalias";

enum Boundary {
  Fixed,
  Insulated,
}

interface RodConfig {
  cells: number;
  alpha: number;
  dt: number;
  dx: number;
  steps: number;
  boundary: Boundary;
}

interface RodResult {
  final: NDArray;
  initialHeat: number;
  finalHeat: number;
}

function applyBoundary(field: NDArray, kind: Boundary, leftTemp: number, rightTemp: number): void {
  const n = field.size;
  if (kind === Boundary.Fixed) {
    field.set(0, leftTemp);
    field.set(n - 1, rightTemp);
  } else {
    field.set(0, field.get(1));
    field.set(n - 1, field.get(n - 2));
  }
}

function initialProfile(cells: number): NDArray {
  const x = linspace(0, 1, cells);
  const profile = zeros(cells);
  for (let i = 0; i < cells; i++) {
    const xi = x.get(i);
    profile.set(i, Math.exp(-50 * (xi - 0.5) * (xi - 0.5)));
  }
  return profile;
}

export function solveRod(cfg: RodConfig): RodResult {
  let u = initialProfile(cfg.cells);
  let uNext = zeros(cfg.cells);
  const initial = u.copy();
  const r = (cfg.alpha * cfg.dt) / (cfg.dx * cfg.dx);
  if (r > 0.5) {
    throw new RangeError(`unstable step: r=${r.toFixed(3)} exceeds 0.5`);
  }
  for (let step = 0; step < cfg.steps; step++) {
    for (let i = 1; i < cfg.cells - 1; i++) {
      const lap = u.get(i - 1) - 2 * u.get(i) + u.get(i + 1);
      uNext.set(i, u.get(i) + r * lap);
    }
    applyBoundary(uNext, cfg.boundary, 0, 0);
    [u, uNext] = [uNext, u];
  }
  return { final: u, initialHeat: initial.sum(), finalHeat: u.sum() };
}

const fixedRod = solveRod({ cells: 21, alpha: 0.01, dt: 0.1, dx: 0.05, steps: 200, boundary: Boundary.Fixed });
const insulatedRod = solveRod({ cells: 21, alpha: 0.01, dt: 0.1, dx: 0.05, steps: 200, boundary: Boundary.Insulated });

const percentOfPeak = fixedRod.final.div(fixedRod.final.max());
percentOfPeak.imul(100);
console.log("fixed ends, % of peak:", percentOfPeak.tolist());
console.log("heat lost through fixed ends:", fixedRod.initialHeat - fixedRod.finalHeat);
console.log("heat drift with insulated ends:", insulatedRod.finalHeat - insulatedRod.initialHeat);
