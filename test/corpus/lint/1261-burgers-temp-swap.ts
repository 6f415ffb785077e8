// Viscous Burgers equation on a periodic grid: Lax-Wendroff-style predictor into a second buffer, a temporary-variable buffer swap, and shock-width diagnostics.
import { zeros, linspace, NDArray } from "ndalias";

// ---- parameters (burgers.py) ----
const nx = 128;
const xmin = 0;
const xmax = 2 * Math.PI;
const dx = (xmax - xmin) / nx;
const nu = 0.02;
const dt = 0.2 * dx;
const nSteps = 300;

// ghosts: q[0] = q[n], q[n+1] = q[1]
function applyPeriodic(q: NDArray): void {
  const n = q.size - 2;
  q.set(0, q.get(n));
  q.set(n + 1, q.get(1));
}

// one conservative step of u_t + (u^2/2)_x = nu u_xx, written into `out`;
// first-order upwind flux (u > 0 everywhere for this initial condition) plus central viscosity
function burgersStep(u: NDArray, out: NDArray): void {
  const f = u.mul(u).mul(0.5);
  const dfdx = f.slice("1:-1").sub(f.slice(":-2")).div(dx);
  const lap = u.slice("2:").sub(u.slice("1:-1").mul(2)).add(u.slice(":-2")).div(dx * dx);
  out.assign("1:-1", u.slice("1:-1").sub(dfdx.mul(dt)).add(lap.mul(nu * dt)));
}

function kineticEnergy(u: NDArray): number {
  const inner = u.slice("1:-1");
  return 0.5 * inner.mul(inner).sum() * dx;
}

// steepest negative gradient, 1 / |u_x| estimates the shock width
function steepestGradient(u: NDArray): number {
  const grad = u.slice("2:").sub(u.slice(":-2")).div(2 * dx);
  return grad.min();
}

// ---- initial condition: u = 1 + 0.5 sin x ----
const x = linspace(xmin, xmax - dx, nx);
const u0 = zeros(nx + 2);
for (let i = 0; i < nx; i++) u0.set(i + 1, 1 + 0.5 * Math.sin(x.get(i)));

let u: NDArray = u0;
u = u.copy(); // work on our own buffer, keep u0 as the reference solution at t = 0
let uNew = zeros(nx + 2);
const e0 = kineticEnergy(u0);

for (let n = 0; n < nSteps; n++) {
  applyPeriodic(u);
  burgersStep(u, uNew);
  applyPeriodic(uNew);
  const tmp = u;
  u = uNew;
  uNew = tmp;
  if (n % 100 === 0) {
    console.log(`step ${n}: energy ${kineticEnergy(u).toFixed(5)}, min u_x ${steepestGradient(u).toFixed(3)}`);
  }
}

// ---- diagnostics ----
const e = kineticEnergy(u);
console.log(`energy dissipated: ${(e0 - e).toFixed(5)} of ${e0.toFixed(5)}`);
console.log(`shock width ~ ${(1 / Math.abs(steepestGradient(u))).toFixed(4)}, viscous estimate ${(4 * nu / 1.0).toFixed(4)}`);

// the mean of u is a conserved quantity of the periodic problem
const meanNow = u.slice("1:-1").mean();
const meanInitial = u0.slice("1:-1").mean();
console.log(`mean drift: ${(meanNow - meanInitial).toExponential(2)}`);

// rescale a work copy to the initial amplitude for plotting; the solution itself is left alone
let plotData: NDArray = u;
plotData = plotData.sub(meanNow);
plotData.idiv(0.5);
console.log("normalised profile at 8 stations:", [0, 16, 32, 48, 64, 80, 96, 112].map((i) => plotData.get(i + 1).toFixed(3)));

// shift to zero mean for the spectrum routine (u[1:-1] -= mean), then name the result
u.slice("1:-1").isub(meanNow);
applyPeriodic(u);
const finalSolution = u;
const fluctuation = finalSolution.slice("1:-1");
console.log("fluctuation rms:", Math.sqrt(fluctuation.mul(fluctuation).mean()).toFixed(4));
console.log("final max/min:", finalSolution.max().toFixed(4), finalSolution.min().toFixed(4));
console.log("reference max/min:", u0.max().toFixed(4), u0.min().toFixed(4));
