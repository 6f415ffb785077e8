// Crank-Nicolson solver for 1-D diffusion with (possibly time-dependent) Dirichlet walls, using the Thomas algorithm on working copies of the tridiagonal coefficients.
import { zeros, full, linspace, NDArray } from "ndalias";

const NX = 41;
const DIFFUSIVITY = 1.0;
const DX = 1 / (NX - 1);
const DT = 0.0025;
const T_END = 0.1;

/**
 * Solves a tridiagonal system. lower[0] and upper[n-1] are not used.
 * Works on copies of the upper diagonal and the right-hand side.
 */
function thomas(lower: NDArray, diag: NDArray, upper: NDArray, rhs: NDArray): NDArray {
  const n = diag.size;
  const c = upper.copy();
  const d = rhs.copy();
  c.set(0, c.get(0) / diag.get(0));
  d.set(0, d.get(0) / diag.get(0));
  for (let i = 1; i < n; i++) {
    const m = diag.get(i) - lower.get(i) * c.get(i - 1);
    if (i < n - 1) c.set(i, c.get(i) / m);
    d.set(i, (d.get(i) - lower.get(i) * d.get(i - 1)) / m);
  }
  const x = zeros(n);
  x.set(n - 1, d.get(n - 1));
  for (let i = n - 2; i >= 0; i--) {
    x.set(i, d.get(i) - c.get(i) * x.get(i + 1));
  }
  return x;
}

/** Explicit half of the CN step for the interior nodes: (1 - r) u_i + r/2 (u_{i-1} + u_{i+1}). */
function explicitHalf(u: NDArray, r: number): NDArray {
  const rhs = u.slice("1:-1").mul(1 - r);
  rhs.iadd(u.slice(":-2").add(u.slice("2:")).mul(r / 2));
  return rhs;
}

/** Sets both wall values of u in place. */
function enforceDirichlet(u: NDArray, left: number, right: number): void {
  u.set(0, left);
  u.set(u.size - 1, right);
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

/**
 * Integrates from `initial` to t_end; wall temperatures are given as functions of time.
 * Returns the final profile; `initial` is left untouched.
 */
function integrate(
  initial: NDArray,
  leftWall: (t: number) => number,
  rightWall: (t: number) => number,
  steps: number,
  dt: number,
): NDArray {
  const m = NX - 2;
  const r = (DIFFUSIVITY * dt) / (DX * DX); // CN is unconditionally stable; r = 4 at the base step
  const lower = full(m, -r / 2);
  const diag = full(m, 1 + r);
  const upper = full(m, -r / 2);

  let u: NDArray = initial; // wall values of `initial` must match the walls at t = 0
  for (let step = 0; step < steps; step++) {
    const tNew = (step + 1) * dt;
    const rhs = explicitHalf(u, r);
    // implicit wall contributions (the explicit ones come from u's wall nodes)
    rhs.set(0, rhs.get(0) + (r / 2) * leftWall(tNew));
    rhs.set(m - 1, rhs.get(m - 1) + (r / 2) * rightWall(tNew));
    const interior = thomas(lower, diag, upper, rhs);
    u = zeros(NX);
    u.slice("1:-1").assign(":", interior);
    enforceDirichlet(u, leftWall(tNew), rightWall(tNew));
  }
  return u;
}

// ---------------------------------------------------------------------------
// Test 1: homogeneous walls, sine mode decays as exp(-pi^2 D t)
// ---------------------------------------------------------------------------
const x = linspace(0, 1, NX);
const u0 = zeros(NX);
for (let i = 0; i < NX; i++) u0.set(i, Math.sin(Math.PI * x.get(i)));

const steps = Math.round(T_END / DT);
const uEnd = integrate(
  u0,
  () => 0,
  () => 0,
  steps,
  DT,
);
const exact = zeros(NX);
const decay = Math.exp(-Math.PI * Math.PI * DIFFUSIVITY * T_END);
for (let i = 0; i < NX; i++) exact.set(i, decay * Math.sin(Math.PI * x.get(i)));
const err = uEnd.sub(exact);
console.log(`r = ${((DIFFUSIVITY * DT) / (DX * DX)).toFixed(2)}, steps = ${steps}`);
console.log(`max error vs exact mode: ${maxAbs(err).toExponential(3)}`);
console.log(`initial profile untouched: peak ${u0.max().toFixed(6)}`);

// ---------------------------------------------------------------------------
// Test 2: left wall heated linearly in time, right wall cold
// ---------------------------------------------------------------------------
const heating = (t: number): number => Math.min(1, t / 0.05);
const uHeated = integrate(zeros(NX), heating, () => 0, steps, DT);
const probe = [0.1, 0.25, 0.5, 0.75].map((xp) => uHeated.get(Math.round(xp * (NX - 1))));
console.log("heated run, T at x = 0.1, 0.25, 0.5, 0.75:", probe.map((v) => v.toFixed(4)).join(" "));

// steady-state check: the linear profile 1 - x is reached for long times
const uLong = integrate(zeros(NX), heating, () => 0, 400, DT);
const linear = x.mul(-1);
linear.iadd(1);
console.log(`distance to steady state after 400 steps: ${maxAbs(uLong.sub(linear)).toExponential(2)}`);

// refinement in time at fixed t_end
for (const factor of [1, 2, 4]) {
  const u = integrate(
    u0,
    () => 0,
    () => 0,
    steps * factor,
    DT / factor,
  );
  console.log(`dt/${factor}: peak ${u.max().toFixed(6)} (exact ${decay.toFixed(6)})`);
}
