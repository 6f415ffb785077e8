// 1-D electrostatic particle-in-cell run of the two-stream instability: cloud-in-cell deposition, Gauss-law field solve, leapfrog push and an object-dtype run record.
// runnable
import { zeros, empty, NDArray, refcount } from "ndalias";

const NG = 32; // grid cells
const LENGTH = 2 * Math.PI / 0.6; // one unstable wavelength for k = 0.6
const DXG = LENGTH / NG;
const NP = 512; // macro-particles (electrons)
const V0 = 1.0; // beam speed
const DT = 0.1;
const STEPS = 150;
const WEIGHT = LENGTH / NP; // normalised so that the mean electron density is 1
const QM = -1; // electron charge-to-mass ratio
const ION_DENSITY = 1.0; // neutralising background

/** Cloud-in-cell deposition of particle charge q * weight onto the periodic grid. */
function depositCIC(rho: NDArray, x: NDArray, charge: number): void {
  for (let p = 0; p < x.size; p++) {
    const s = x.get(p) / DXG;
    const i = Math.floor(s);
    const frac = s - i;
    const i0 = ((i % NG) + NG) % NG;
    const i1 = (i0 + 1) % NG;
    rho.set(i0, rho.get(i0) + (charge * (1 - frac)) / DXG);
    rho.set(i1, rho.get(i1) + (charge * frac) / DXG);
  }
}

/** dE/dx = rho on a periodic grid, zero-mean field. Returns a fresh array. */
function solveGauss(rho: NDArray): NDArray {
  const E = zeros(NG);
  let acc = 0;
  for (let i = 0; i < NG; i++) {
    acc += rho.get(i) * DXG;
    E.set(i, acc);
  }
  E.isub(E.mean());
  return E;
}

/** Interpolates the grid field to the particle positions with the CIC weights. */
function gatherField(E: NDArray, x: NDArray): NDArray {
  const Ep = zeros(x.size);
  for (let p = 0; p < x.size; p++) {
    const s = x.get(p) / DXG;
    const i = Math.floor(s);
    const frac = s - i;
    const i0 = ((i % NG) + NG) % NG;
    Ep.set(p, (1 - frac) * E.get(i0) + frac * E.get((i0 + 1) % NG));
  }
  return Ep;
}

function wrapPeriodic(x: NDArray, length: number): void {
  for (let p = 0; p < x.size; p++) {
    const v = x.get(p);
    x.set(p, v - length * Math.floor(v / length));
  }
}

// ---------------------------------------------------------------------------
// Two counter-streaming beams with a small sinusoidal displacement
// ---------------------------------------------------------------------------
const x = zeros(NP);
const v = zeros(NP);
for (let p = 0; p < NP; p++) {
  const x0 = ((p + 0.5) * LENGTH) / NP;
  x.set(p, x0 + 0.01 * Math.sin((2 * Math.PI * x0) / LENGTH));
  v.set(p, p % 2 === 0 ? V0 : -V0);
}
wrapPeriodic(x, LENGTH);

const fieldEnergy = zeros(STEPS);
const electronDensity = zeros(STEPS);

// leapfrog: shift velocities back by half a step with the initial field
{
  const rho0 = zeros(NG);
  depositCIC(rho0, x, -WEIGHT);
  rho0.iadd(ION_DENSITY);
  v.isub(gatherField(solveGauss(rho0), x).mul(0.5 * QM * DT));
}

for (let step = 0; step < STEPS; step++) {
  const rhoElectrons = zeros(NG);
  depositCIC(rhoElectrons, x, -WEIGHT);
  const rhoNet = rhoElectrons;
  rhoNet.iadd(ION_DENSITY); // expect: no-alias-mutation
  const E = solveGauss(rhoNet);

  fieldEnergy.set(step, 0.5 * E.mul(E).sum() * DXG);
  electronDensity.set(step, rhoElectrons.mean());

  v.iadd(gatherField(E, x).mul(QM * DT));
  x.iadd(v.mul(DT));
  wrapPeriodic(x, LENGTH);
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------
const growth = Math.log(fieldEnergy.get(STEPS - 1) / fieldEnergy.get(5)) / (2 * (STEPS - 6) * DT);
console.log(`field energy: ${fieldEnergy.get(0).toExponential(3)} -> ${fieldEnergy.get(STEPS - 1).toExponential(3)}`);
console.log(`measured growth rate: ${growth.toFixed(3)}`);
console.log(`mean electron charge density (expect -1): ${electronDensity.mean().toFixed(4)}`);
console.log(`kinetic energy: ${(0.5 * WEIGHT * v.mul(v).sum()).toFixed(4)}`);

// run record: species table and run table point at each other for navigation in the post-processor
const species = empty(3, "object");
species.set(0, x);
species.set(1, v);
const run = empty(3, "object");
run.set(0, species);
run.set(1, fieldEnergy);
run.set(2, electronDensity);
species.set(2, run); // expect: no-reference-cycle

console.log(`references to the run record: ${refcount(run)}, to the species table: ${refcount(species)}`);
species.dispose();
run.dispose();
console.log("run finished");
