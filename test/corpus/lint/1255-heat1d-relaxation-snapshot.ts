// Explicit FTCS solver for the 1-D heat equation with one ghost cell per side, followed by a damped relaxation toward the steady state that monitors its own convergence.
// runnable
import { zeros, linspace, NDArray } from "ndalias";

// ---- parameters (ported from heat1d.py) ----
const nx = 32;
const length = 1.0;
const dx = length / (nx - 1);
const kappa = 0.01;
const dt = (0.4 * dx * dx) / kappa; // r = 0.4 < 0.5, FTCS is stable
const r = (kappa * dt) / (dx * dx);
const nSteps = 50;
const reportEvery = 10;

// x holds the nx physical nodes; the field carries one ghost cell on each side
const x = linspace(0, length, nx);

function initialProfile(xs: NDArray): NDArray {
  const u0 = zeros(xs.size + 2);
  for (let i = 0; i < xs.size; i++) {
    const xi: number = xs.get(i);
    u0.set(i + 1, Math.exp(-((xi - 0.5) ** 2) / 0.01));
  }
  return u0;
}

// homogeneous Dirichlet walls: the ghost value is the mirror image with opposite sign
function applyDirichlet(u: NDArray): void {
  const n = u.size;
  u.set(0, -u.get(1));
  u.set(n - 1, -u.get(n - 2));
}

// u[2:] - 2 u[1:-1] + u[:-2], defined on the interior nodes only
function laplacian(u: NDArray): NDArray {
  return u.slice("2:").sub(u.slice("1:-1").mul(2)).add(u.slice(":-2"));
}

function totalHeat(u: NDArray): number {
  return u.slice("1:-1").sum() * dx;
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

// ---- time stepping with two buffers ----
let u = initialProfile(x);
let uNew = zeros(u.size);
const checkpoint = u.copy();
const heat0 = totalHeat(u);
console.log(`r = ${r.toFixed(3)}, initial heat = ${heat0.toFixed(5)}`);

for (let n = 0; n < nSteps; n++) {
  applyDirichlet(u);
  // uNew[1:-1] = u[1:-1] + r * lap(u)
  uNew.slice("1:-1").assign(":", u.slice("1:-1").add(laplacian(u).mul(r)));
  applyDirichlet(uNew);
  [u, uNew] = [uNew, u];
  if (n % reportEvery === 0) {
    console.log(`step ${n}: heat = ${totalHeat(u).toFixed(5)}, peak = ${u.max().toFixed(4)}`);
  }
}

const lostToWalls = heat0 - totalHeat(u);
console.log(`heat lost through the walls after ${nSteps} steps: ${lostToWalls.toFixed(5)}`);

// ---- damped relaxation toward the steady state ----
const omega = 0.6;
const tolerance = 1e-6;
const maxSweeps = 200;
let sweeps = 0;
let change = Infinity;

while (change > tolerance && sweeps < maxSweeps) {
  applyDirichlet(u);
  const uOld = u; // u_old = u
  const correction = laplacian(u).mul(omega / 2);
  u.assign("1:-1", u.slice("1:-1").add(correction)); // expect: no-alias-mutation
  change = maxAbs(u.sub(uOld));
  sweeps += 1;
}

console.log(`relaxation stopped after ${sweeps} sweep(s), last change = ${change.toExponential(2)}`);

// ---- compare against the stored initial condition ----
const drift = u.sub(checkpoint);
const centre = Math.floor(u.size / 2);
console.log("centre value:", u.get(centre).toFixed(5), "initial:", checkpoint.get(centre).toFixed(5));
console.log("largest departure from the initial profile:", maxAbs(drift).toFixed(5));
console.log("final interior:", (u.slice("1:-1").tolist() as number[]).map((v: number) => v.toFixed(3)).join(" "));
