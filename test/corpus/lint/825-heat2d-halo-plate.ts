// Explicit finite-difference solver for 2-D heat conduction in a plate with a one-cell halo of cold walls; reports the heat budget and a centre-line profile.
// runnable
import { zeros, NDArray } from "ndalias";

// ---------------------------------------------------------------------------
// Problem set-up (non-dimensional units)
// ---------------------------------------------------------------------------
const NX = 24; // interior cells in x
const NY = 16; // interior cells in y
const ALPHA = 0.8; // thermal diffusivity
const DX = 1.0 / NX;
const DT = (0.2 * DX * DX) / ALPHA; // below the explicit limit dx^2 / (4 alpha)
const STEPS = 60;
const REPORT_EVERY = 20;
const T_INCLUSION = 100.0;

/**
 * Five-point Laplacian of the interior, computed from the halo-padded field.
 * Only reads `u`; the result is a fresh (NY, NX) array.
 */
function laplacian(u: NDArray, dx: number): NDArray {
  const centre = u.slice("1:-1, 1:-1");
  const north = u.slice(":-2, 1:-1");
  const south = u.slice("2:, 1:-1");
  const west = u.slice("1:-1, :-2");
  const east = u.slice("1:-1, 2:");
  return north.add(south).add(west).add(east).sub(centre.mul(4)).div(dx * dx);
}

/** Conductive heat flux out through the four walls (halo cells are the walls). */
function wallFlux(u: NDArray, dx: number, alpha: number): number {
  const top = u.slice("1, 1:-1").sub(u.slice("0, 1:-1"));
  const bottom = u.slice("-2, 1:-1").sub(u.slice("-1, 1:-1"));
  const left = u.slice("1:-1, 1").sub(u.slice("1:-1, 0"));
  const right = u.slice("1:-1, -2").sub(u.slice("1:-1, -1"));
  // (gradient / dx) * wall length dx, summed over the four walls
  return alpha * (top.sum() + bottom.sum() + left.sum() + right.sum());
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

function totalHeat(u: NDArray, dx: number): number {
  return u.slice("1:-1, 1:-1").sum() * dx * dx;
}

function formatRow(values: number[], digits: number): string {
  return values.map((v) => v.toFixed(digits).padStart(8)).join("");
}

// ---------------------------------------------------------------------------
// Initial condition: a hot rectangular inclusion, walls held at zero
// ---------------------------------------------------------------------------
const field = zeros([NY + 2, NX + 2]);
field.slice("6:10, 10:16").fill(T_INCLUSION);

console.log(`grid ${NY}x${NX}, dx=${DX.toExponential(3)}, dt=${DT.toExponential(3)}`);
console.log(`Fourier number alpha*dt/dx^2 = ${((ALPHA * DT) / (DX * DX)).toFixed(3)}`);

// snapshot of the initial state for the heat budget at the end
const initialField = field;
const initialHeat = totalHeat(initialField, DX);
console.log(`initial heat content: ${initialHeat.toFixed(5)}`);

// ---------------------------------------------------------------------------
// Time loop
// ---------------------------------------------------------------------------
const peakHistory = zeros(STEPS);
let heatLostThroughWalls = 0;

for (let step = 0; step < STEPS; step++) {
  const lap = laplacian(field, DX);
  heatLostThroughWalls += wallFlux(field, DX, ALPHA) * DT;
  field.slice("1:-1, 1:-1").iadd(lap.mul(ALPHA * DT)); // expect: no-alias-mutation
  peakHistory.set(step, field.max());

  if (step % REPORT_EVERY === 0) {
    const heat = totalHeat(field, DX);
    console.log(
      `step ${String(step).padStart(3)}  peak ${field.max().toFixed(3)}  heat ${heat.toFixed(5)}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------
const finalHeat = totalHeat(field, DX);
const change = field.sub(initialField);
console.log(`final heat content: ${finalHeat.toFixed(5)}`);
console.log(`heat lost through walls (flux integral): ${heatLostThroughWalls.toFixed(5)}`);
console.log(`budget residual: ${(initialHeat - finalHeat - heatLostThroughWalls).toExponential(3)}`);
console.log(`largest local temperature change: ${maxAbs(change).toFixed(4)}`);

// peak decay rate from the recorded history
const firstPeak = peakHistory.get(0);
const lastPeak = peakHistory.get(STEPS - 1);
const decayRate = Math.log(firstPeak / lastPeak) / ((STEPS - 1) * DT);
console.log(`peak decay rate: ${decayRate.toFixed(2)} per unit time`);

// centre-line profile, taken once the run is over
const centreLine = field.slice(NY / 2 + 1, "1:-1");
const every4: number[] = [];
for (let i = 0; i < centreLine.size; i += 4) {
  every4.push(centreLine.get(i));
}
console.log("centre-line T      :", formatRow(every4, 3));

// report in kelvin for the lab notebook
const kelvin = field.flatten();
kelvin.iadd(273.15); // expect: no-lost-write
const notebookRow: number[] = [];
for (let i = 1; i <= NX; i += 4) {
  notebookRow.push(field.get(NY / 2 + 1, i));
}
console.log("centre-line T [K]  :", formatRow(notebookRow, 3));

// symmetry check about the vertical centre line of the inclusion
const leftHalf = field.slice("1:-1, 1:13");
const rightHalf = field.slice("1:-1, 13:-1").flip(1);
console.log(`left/right asymmetry: ${maxAbs(leftHalf.sub(rightHalf)).toFixed(4)}`);
