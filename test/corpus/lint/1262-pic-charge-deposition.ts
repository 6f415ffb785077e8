// 1-D electrostatic particle-in-cell loop for a two-stream setup: cloud-in-cell charge deposition, a Jacobi Poisson solve, field gather and a leapfrog push.
import { zeros, linspace, NDArray } from "ndalias";

// ---- parameters (pic1d.py), periodic box of length L ----
const nGrid = 32;
const boxLength = 2 * Math.PI;
const dx = boxLength / nGrid;
const nParticles = 256;
const dt = 0.1;
const nSteps = 40;
const particleWeight = boxLength / nParticles; // so the mean density is 1

// cloud-in-cell deposition onto the periodic grid; returns the total charge
function depositCharge(rho: NDArray, positions: NDArray, weight: number): number {
  rho.fill(0); // expect: no-alias-mutation
  for (let p = 0; p < positions.size; p++) {
    const s = positions.get(p) / dx;
    const j = Math.floor(s) % nGrid;
    const frac = s - Math.floor(s);
    for (const [node, share] of [[j, 1 - frac], [(j + 1) % nGrid, frac]]) {
      rho.data[node] = (rho.data[node] as number) + (weight * share) / dx; // expect: no-alias-mutation
    }
  }
  return rho.sum() * dx;
}

// solve phi'' = -(rho - 1) with periodic Jacobi sweeps, in place
function solvePotential(phi: NDArray, rho: NDArray, sweeps: number): void {
  const source = rho.sub(rho.mean()).mul(dx * dx);
  for (let k = 0; k < sweeps; k++) {
    const next = phi.copy();
    for (let i = 0; i < nGrid; i++) {
      const left: number = phi.get((i - 1 + nGrid) % nGrid);
      const right: number = phi.get((i + 1) % nGrid);
      next.set(i, 0.5 * (left + right + source.get(i)));
    }
    phi.assign(":", next.sub(next.mean()));
  }
}

// E = -dphi/dx with central differences on the periodic grid
function electricField(phi: NDArray): NDArray {
  const e = zeros(nGrid);
  for (let i = 0; i < nGrid; i++) {
    const diff = phi.get((i + 1) % nGrid) - phi.get((i - 1 + nGrid) % nGrid);
    e.set(i, -diff / (2 * dx));
  }
  return e;
}

// kick and drift every particle; positions wrap around the box
function pushParticles(x: NDArray, v: NDArray, e: NDArray): void {
  for (let p = 0; p < x.size; p++) {
    const s = x.get(p) / dx;
    const j = Math.floor(s) % nGrid;
    const frac = s - Math.floor(s);
    const ep = (1 - frac) * e.get(j) + frac * e.get((j + 1) % nGrid);
    v.set(p, v.get(p) - ep * dt); // electrons: q/m = -1
    const xn = x.get(p) + v.get(p) * dt;
    x.set(p, ((xn % boxLength) + boxLength) % boxLength);
  }
}

function fieldEnergy(e: NDArray): number {
  return 0.5 * e.mul(e).sum() * dx;
}

// ---- two counter-streaming beams with a small position perturbation ----
const x = linspace(0, boxLength * (1 - 1 / nParticles), nParticles);
const v = zeros(nParticles);
for (let p = 0; p < nParticles; p++) {
  v.set(p, p % 2 === 0 ? 1 : -1);
  x.set(p, x.get(p) + 0.01 * Math.sin(x.get(p)));
}

const rho = zeros(nGrid);
const phi = zeros(nGrid);
const energyHistory: number[] = [];

for (let n = 0; n < nSteps; n++) {
  const q = depositCharge(rho, x, particleWeight);
  solvePotential(phi, rho, 200);
  const e = electricField(phi);
  pushParticles(x, v, e);
  energyHistory.push(fieldEnergy(e));
  if (n % 10 === 0) {
    console.log(`step ${n}: total charge ${q.toFixed(4)}, field energy ${fieldEnergy(e).toExponential(3)}`);
  }
}

// ---- diagnostics ----
const growth = Math.log(energyHistory[nSteps - 1] / energyHistory[0]) / (2 * (nSteps - 1) * dt);
console.log(`estimated two-stream growth rate: ${growth.toFixed(3)}`);
console.log("density at the end:", (rho.tolist() as number[]).map((r: number) => r.toFixed(2)).join(" "));
console.log("potential range:", phi.min().toFixed(4), phi.max().toFixed(4));
const kinetic = 0.5 * v.mul(v).sum() * particleWeight;
console.log(`kinetic energy ${kinetic.toFixed(4)}, mean velocity ${v.mean().toExponential(2)}`);
