// Second-order leapfrog integration of the 1-D wave equation for a plucked string with fixed ends, logging the discrete energy at every step.
import { zeros, linspace, NDArray } from "ndalias";

// ---- parameters ----
const nx = 64;
const c = 1.0;
const dx = 1.0 / (nx - 1);
const dt = (0.5 * dx) / c;
const courant2 = ((c * dt) / dx) ** 2;
const nSteps = 120;

// triangular pluck centred at x0; ghost cells at both ends stay zero (fixed string)
function pluck(x: NDArray, x0: number, width: number): NDArray {
  const u = zeros(x.size + 2);
  for (let i = 0; i < x.size; i++) {
    const s = Math.abs(x.get(i) - x0) / width;
    u.set(i + 1, s < 1 ? 1 - s : 0);
  }
  return u;
}

// pin the first and last physical node as well as the ghosts
function fixEnds(u: NDArray): void {
  u.set(0, 0);
  u.set(1, 0);
  u.set(u.size - 2, 0);
  u.set(u.size - 1, 0);
}

// E = 1/2 sum (u_t^2 + c^2 u_x^2) dx with one-sided differences
function discreteEnergy(u: NDArray, uPrev: NDArray): number {
  const vel = u.sub(uPrev).div(dt);
  const grad = u.slice("1:").sub(u.slice(":-1")).div(dx);
  return 0.5 * (vel.mul(vel).sum() + c * c * grad.mul(grad).sum()) * dx;
}

function displacementL2(u: NDArray): number {
  const inner = u.slice("1:-1");
  return Math.sqrt(inner.mul(inner).sum() * dx);
}

// ---- initial data: zero velocity, so u^{-1} = u^0 ----
const x = linspace(0, 1, nx);
let uPrev = pluck(x, 0.3, 0.1);
fixEnds(uPrev);
let u = uPrev.copy();
let uNext = zeros(u.size);
const initialShape = uPrev.copy();
const energies: number[] = [];
const station = Math.floor(nx / 4) + 1;
const probe: number[] = [];

// ---- leapfrog: u^{n+1} = 2u^n - u^{n-1} + C^2 lap(u^n) ----
for (let n = 0; n < nSteps; n++) {
  probe.push(u.get(station));
  const lap = u.slice("2:").sub(u.slice("1:-1").mul(2)).add(u.slice(":-2"));
  uNext.assign("1:-1", u.slice("1:-1").mul(2).sub(uPrev.slice("1:-1")).add(lap.mul(courant2))); // expect: no-alias-mutation
  energies.push(discreteEnergy(u, uPrev));
  // rotate the time levels
  uPrev = u;
  u = uNext;
}

// ---- diagnostics ----
const e0 = energies[0];
let worst = 0;
for (let n = 0; n < energies.length; n++) {
  worst = Math.max(worst, Math.abs(energies[n] - e0) / e0);
}
console.log(`initial energy ${e0.toExponential(4)}, worst relative drift ${worst.toExponential(2)}`);
console.log("energy every 20 steps:", energies.filter((_, n) => n % 20 === 0).map((e) => e.toFixed(5)));

const period = 2 / c;
const tFinal = nSteps * dt;
console.log(`t = ${tFinal.toFixed(3)} (${(tFinal / period).toFixed(2)} periods)`);
console.log("L2 displacement now:", displacementL2(u).toFixed(5), "initially:", displacementL2(initialShape).toFixed(5));
console.log("peak displacement:", u.max().toFixed(4), "trough:", u.min().toFixed(4));

// count sign changes at the probe to estimate the oscillation frequency
let crossings = 0;
for (let n = 1; n < probe.length; n++) {
  if (probe[n - 1] * probe[n] < 0) crossings += 1;
}
console.log(`probe crossings: ${crossings}, estimated frequency ${(crossings / (2 * tFinal)).toFixed(3)}`);

// departure from the initial pluck, useful after a full period
const departure = u.sub(initialShape);
console.log("max |u - u0|:", Math.max(departure.max(), -departure.min()).toFixed(4));
