// Damped vibrating membrane on a square with clamped edges, integrated with a three-level leapfrog scheme whose time levels are rotated by destructuring.
import { zeros, NDArray } from "ndalias";

// ---- parameters (membrane.py) ----
const n = 20; // interior points per side
const h = 1.0 / (n + 1);
const c = 1.0;
const gamma = 0.5; // damping coefficient
const dt = (0.5 * h) / c;
const nSteps = 150;
const lam2 = ((c * dt) / h) ** 2;

// fundamental mode sin(pi x) sin(pi y) on the interior, zero on the clamped frame
function fundamentalMode(amplitude: number): NDArray {
  const u = zeros([n + 2, n + 2]);
  for (let j = 1; j <= n; j++) {
    for (let i = 1; i <= n; i++) {
      u.set([j, i], amplitude * Math.sin(Math.PI * i * h) * Math.sin(Math.PI * j * h));
    }
  }
  return u;
}

function laplacian(u: NDArray): NDArray {
  return u
    .slice("2:, 1:-1")
    .add(u.slice(":-2, 1:-1"))
    .add(u.slice("1:-1, 2:"))
    .add(u.slice("1:-1, :-2"))
    .sub(u.slice("1:-1, 1:-1").mul(4));
}

// E = 1/2 sum(u_t^2 + c^2 |grad u|^2) h^2, velocities from the two last levels
function energy(u: NDArray, uPrev: NDArray): number {
  const vel = u.sub(uPrev).div(dt);
  const gx = u.slice(":, 1:").sub(u.slice(":, :-1")).div(h);
  const gy = u.slice("1:, :").sub(u.slice(":-1, :")).div(h);
  return 0.5 * (vel.mul(vel).sum() + c * c * (gx.mul(gx).sum() + gy.mul(gy).sum())) * h * h;
}

// ---- initial data: at rest in the fundamental mode ----
let uPrev = fundamentalMode(0.1);
let u = uPrev.copy();
let uNext = zeros([n + 2, n + 2]);
const a = 1 + 0.5 * gamma * dt;
const b = 1 - 0.5 * gamma * dt;
const energies: number[] = [];
const centreTrace: number[] = [];
const mid = Math.floor(n / 2) + 1;

// ---- (1 + g dt/2) u^{n+1} = 2u^n - (1 - g dt/2) u^{n-1} + lam^2 lap(u^n) ----
for (let step = 0; step < nSteps; step++) {
  const rhs = u.slice("1:-1, 1:-1").mul(2).sub(uPrev.slice("1:-1, 1:-1").mul(b)).add(laplacian(u).mul(lam2));
  uNext.assign("1:-1, 1:-1", rhs.div(a));
  energies.push(energy(uNext, u));
  centreTrace.push(uNext.get(mid, mid));
  [uPrev, u, uNext] = [u, uNext, uPrev];
}

// ---- diagnostics ----
const omega = c * Math.PI * Math.SQRT2;
console.log(`fundamental frequency ${(omega / (2 * Math.PI)).toFixed(4)}, damping ${gamma}`);
console.log("energy every 30 steps:", energies.filter((_, k) => k % 30 === 0).map((e) => e.toExponential(3)));

// energy should decay like exp(-gamma t)
const tEnd = nSteps * dt;
const predicted = energies[0] * Math.exp(-gamma * (tEnd - dt));
console.log(`final energy ${energies[nSteps - 1].toExponential(3)}, predicted ${predicted.toExponential(3)}`);

// zero crossings of the centre displacement give the period
const crossings: number[] = [];
for (let k = 1; k < centreTrace.length; k++) {
  if (centreTrace[k - 1] > 0 && centreTrace[k] <= 0) crossings.push(k * dt);
}
if (crossings.length > 1) {
  console.log(`measured period ${(crossings[1] - crossings[0]).toFixed(4)}, expected ${((2 * Math.PI) / omega).toFixed(4)}`);
}

// the oldest level is free scratch now: reuse it for the velocity field
uNext.assign(":", u.sub(uPrev).div(dt));
console.log("peak velocity:", Math.max(uNext.max(), -uNext.min()).toFixed(4));
const frame = u.slice(0).sum() + u.slice(-1).sum() + u.slice(":", 0).sum() + u.slice(":", -1).sum();
console.log("clamped frame still zero:", frame === 0, "centre now:", u.get(mid, mid).toFixed(5));
