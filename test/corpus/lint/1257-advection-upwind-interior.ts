// First-order upwind finite-volume advection of a tracer square wave on a periodic 1-D grid with ghost cells, reporting mass conservation and the L1 error after one period.
import { zeros, NDArray } from "ndalias";

// ---- parameters (advect.py) ----
const nx = 100;
const xmin = 0.0;
const xmax = 1.0;
const dx = (xmax - xmin) / nx;
const velocity = 1.0;
const cfl = 0.8;
const dt = (cfl * dx) / velocity;
const tEnd = (xmax - xmin) / velocity; // one full period
const nSteps = Math.round(tEnd / dt);

// cell centres of the physical cells; index i of the field is cell i - 1
function cellCentre(i: number): number {
  return xmin + (i - 0.5) * dx;
}

// tracer = 1 on [a, b), 0 elsewhere, shifted by `shift` with periodic wrap
function squareWave(a: number, b: number, shift: number): NDArray {
  const q = zeros(nx + 2);
  for (let i = 1; i <= nx; i++) {
    let xc = cellCentre(i) - shift;
    xc = xc - Math.floor((xc - xmin) / (xmax - xmin)) * (xmax - xmin);
    q.set(i, xc >= a && xc < b ? 1 : 0);
  }
  return q;
}

// periodic boundary: the ghosts copy the opposite physical cell
function fillPeriodicGhosts(q: NDArray): void {
  const n = q.size;
  q.set(0, q.get(n - 2));
  q.set(n - 1, q.get(1));
}

// for velocity > 0 the flux through face i+1/2 is a * q_i; faces 1/2 .. nx+1/2
function upwindFlux(q: NDArray): NDArray {
  return q.slice(":-1").mul(velocity);
}

function l1Norm(a: NDArray): number {
  let s = 0;
  for (let i = 0; i < a.size; i++) s += Math.abs(a.get(i));
  return s * dx;
}

function totalVariation(q: NDArray): number {
  const jumps = q.slice("2:-1").sub(q.slice("1:-2"));
  return l1Norm(jumps) / dx;
}

// ---- initial condition ----
const q = squareWave(0.2, 0.4, 0);
const q0 = q.copy();
const interior = q.slice("1:-1");
const mass0 = interior.sum() * dx;
const tv0 = totalVariation(q);
console.log(`nx = ${nx}, steps = ${nSteps}, initial mass = ${mass0.toFixed(6)}, TV = ${tv0}`);

// ---- conservative update q_i -= dt/dx (F_{i+1/2} - F_{i-1/2}) ----
for (let n = 0; n < nSteps; n++) {
  fillPeriodicGhosts(q);
  const flux = upwindFlux(q);
  const divergence = flux.slice("1:").sub(flux.slice(":-1"));
  interior.isub(divergence.mul(dt / dx)); // expect: no-view-mutation
}

// ---- diagnostics ----
fillPeriodicGhosts(q);
const mass = q.slice("1:-1").sum() * dx;
console.log(`mass after one period: ${mass.toFixed(6)} (drift ${(mass - mass0).toExponential(2)})`);

const exact = squareWave(0.2, 0.4, velocity * nSteps * dt);
const error = q.slice("1:-1").sub(exact.slice("1:-1"));
console.log(`L1 error: ${l1Norm(error).toFixed(5)}`);
console.log(`TV: ${totalVariation(q).toFixed(4)} (initially ${tv0}) - upwind is TVD, so it must not grow`);

const overshoot = q.max() - 1;
const undershoot = -q.min();
console.log(`overshoot ${overshoot.toExponential(2)}, undershoot ${undershoot.toExponential(2)}`);

// numerical diffusion smears the edges: compare the plateau with the initial one
const smear = q.sub(q0);
console.log("largest change at any cell:", Math.max(smear.max(), -smear.min()).toFixed(4));
