// MUSCL reconstruction with a minmod limiter for linear advection: limited slopes, face states and a Heun time step built in fresh arrays, with probes converted to physical units.
import { zeros, full, NDArray } from "ndalias";

// ---- parameters (muscl.py), two ghost cells per side ----
const nx = 64;
const ng = 2;
const dx = 1.0 / nx;
const a = 1.0;
const cfl = 0.4;
const dt = (cfl * dx) / a;
const nSteps = 80;
const referenceDensity = 1.2; // kg/m^3, to convert the tracer to a density

function fillPeriodic(q: NDArray): void {
  const n = q.size;
  for (let g = 0; g < ng; g++) {
    q.set(g, q.get(n - 2 * ng + g));
    q.set(n - ng + g, q.get(ng + g));
  }
}

// minmod of the left and right differences, one slope per cell 1 .. n-2
function limitedSlopes(q: NDArray): NDArray {
  const left = q.slice("1:-1").sub(q.slice(":-2"));
  const right = q.slice("2:").sub(q.slice("1:-1"));
  const slope = zeros(left.size);
  for (let i = 0; i < left.size; i++) {
    const l: number = left.get(i);
    const r: number = right.get(i);
    slope.set(i, l * r <= 0 ? 0 : Math.sign(l) * Math.min(Math.abs(l), Math.abs(r)));
  }
  return slope;
}

// right-hand side -a (F_{i+1/2} - F_{i-1/2}) / dx with upwind face states
function advectionRhs(q: NDArray): NDArray {
  const slope = limitedSlopes(q);
  const faceLeft = q.slice("1:-1").copy(); // state just left of face i+1/2
  faceLeft.iadd(slope.mul(0.5));
  const flux = faceLeft.mul(a);
  const rhs = zeros(q.size);
  rhs.assign(`${ng}:-${ng}`, flux.slice(`${ng - 1}:-1`).sub(flux.slice(`${ng - 2}:-2`)).div(-dx));
  return rhs;
}

// Heun (RK2): q* = q + dt L(q); q_new = (q + q* + dt L(q*)) / 2
// q must arrive with its ghost cells filled
function heunStep(q: NDArray): NDArray {
  const stage = q.add(advectionRhs(q).mul(dt));
  fillPeriodic(stage);
  const next = q.add(stage);
  next.iadd(advectionRhs(stage).mul(dt));
  next.imul(0.5);
  return next;
}

function sinePacket(): NDArray {
  const q = full(nx + 2 * ng, 0.0);
  for (let i = ng; i < nx + ng; i++) {
    const x = (i - ng + 0.5) * dx;
    q.set(i, x > 0.25 && x < 0.75 ? Math.sin(2 * Math.PI * (x - 0.25)) ** 2 : 0);
  }
  return q;
}

// ---- run ----
let q = sinePacket();
const initial = q.copy();
for (let n = 0; n < nSteps; n++) {
  fillPeriodic(q);
  q = heunStep(q);
}

// ---- diagnostics ----
fillPeriodic(q);
const interior = `${ng}:-${ng}`;
// exact solution: the initial packet translated by a t / dx cells (periodic)
const shiftCells = Math.round((a * nSteps * dt) / dx);
const order: number[] = [];
for (let i = 0; i < nx; i++) order.push((i - shiftCells + nx) % nx);
const exact = initial.slice(interior).take(order);
const error = q.slice(interior).sub(exact);
console.log(`L_inf error after ${nSteps} steps: ${Math.max(error.max(), -error.min()).toFixed(4)}`);
console.log(`mass: ${(q.slice(interior).sum() * dx).toFixed(6)} vs ${(initial.slice(interior).sum() * dx).toFixed(6)}`);

// probes at three stations, converted to density perturbations in kg/m^3
const probes = q.take([ng + 16, ng + 32, ng + 48]);
probes.imul(referenceDensity);
console.log("probe densities:", (probes.tolist() as number[]).map((v: number) => v.toFixed(4)).join(" "));

// single-precision export of the interior for the plotting tool
const exported = q.slice(interior).astype("float32");
exported.imul(1000); // in g/m^3 for the plot axis
console.log("exported (float32, g/m^3) first values:", (exported.tolist() as number[]).slice(0, 4));

// slopes of the final state, scaled to physical gradients
const gradients = limitedSlopes(q);
gradients.idiv(dx);
console.log("steepest limited gradient:", Math.max(gradients.max(), -gradients.min()).toFixed(3));
console.log("initial packet untouched:", initial.max().toFixed(4));
