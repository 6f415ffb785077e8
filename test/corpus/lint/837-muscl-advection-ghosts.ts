// Second-order MUSCL finite-volume scheme with a minmod limiter for linear advection of a square pulse around a periodic domain with two ghost cells per side.
import { zeros, NDArray } from "ndalias";

const NX = 100;
const NGHOST = 2;
const SPEED = 1.0;
const CFL = 0.5;
const DX = 1 / NX;
const DT = (CFL * DX) / SPEED;
const N_STEPS = Math.round(1 / (SPEED * DT)); // exactly one revolution

/** Copies the periodic images of the interior into the ghost cells of u. */
function fillPeriodicGhosts(u: NDArray, ng: number): void {
  const n = u.size - 2 * ng;
  u.slice(`:${ng}`).assign(":", u.slice(`${n}:${n + ng}`));
  u.slice(`${n + ng}:`).assign(":", u.slice(`${ng}:${2 * ng}`));
}

function minmod(a: NDArray, b: NDArray): NDArray {
  const out = zeros(a.size);
  for (let i = 0; i < a.size; i++) {
    const x = a.get(i);
    const y = b.get(i);
    out.set(i, x * y <= 0 ? 0 : Math.abs(x) < Math.abs(y) ? x : y);
  }
  return out;
}

/** Limited slopes of cells 1 .. size-2 (one fewer cell on each side than u). */
function limitedSlopes(u: NDArray): NDArray {
  const backward = u.slice("1:-1").sub(u.slice(":-2"));
  const forward = u.slice("2:").sub(u.slice("1:-1"));
  return minmod(backward, forward);
}

/**
 * Upwind fluxes (speed > 0) at the right face of cells 1 .. size-2,
 * from the reconstructed left state with the Lax-Wendroff-type correction.
 */
function rightFaceFluxes(u: NDArray, speed: number, dt: number, dx: number): NDArray {
  const slopes = limitedSlopes(u);
  const faceState = u.slice("1:-1").add(slopes.mul(0.5 * (1 - (speed * dt) / dx)));
  faceState.imul(speed);
  return faceState;
}

/** Total variation on the periodic interior, including the wrap-around difference. */
function totalVariation(v: NDArray): number {
  let tv = Math.abs(v.get(0) - v.get(v.size - 1));
  for (let i = 1; i < v.size; i++) tv += Math.abs(v.get(i) - v.get(i - 1));
  return tv;
}

class Monitor {
  readonly tv: NDArray;
  readonly extrema: NDArray;
  constructor(steps: number) {
    this.tv = zeros(steps);
    this.extrema = zeros([steps, 2]);
  }
  record(step: number, interior: NDArray): void {
    this.tv.set(step, totalVariation(interior));
    this.extrema.set([step, 0], interior.min());
    this.extrema.set([step, 1], interior.max());
  }
}

// ---------------------------------------------------------------------------
// Initial square pulse on [0.2, 0.4)
// ---------------------------------------------------------------------------
const u = zeros(NX + 2 * NGHOST);
for (let i = 0; i < NX; i++) {
  const xc = (i + 0.5) * DX;
  if (xc >= 0.2 && xc < 0.4) u.set(i + NGHOST, 1.0);
}
fillPeriodicGhosts(u, NGHOST);

const initialProfile = u.slice(`${NGHOST}:${NGHOST + NX}`).copy();
const inner = u.slice(`${NGHOST}:${NGHOST + NX}`);
const mass0 = inner.sum() * DX;
const tv0 = totalVariation(inner);
console.log(`steps: ${N_STEPS}, initial mass ${mass0.toFixed(6)}, initial TV ${tv0.toFixed(4)}`);

const monitor = new Monitor(N_STEPS);
for (let step = 0; step < N_STEPS; step++) {
  fillPeriodicGhosts(u, NGHOST);
  const F = rightFaceFluxes(u, SPEED, DT, DX);
  // cell c (c = NGHOST .. NGHOST+NX-1) has its right face at F[c-1] and left face at F[c-2]
  const divergence = F.slice(`${NGHOST - 1}:${NGHOST - 1 + NX}`).sub(F.slice(`${NGHOST - 2}:${NGHOST - 2 + NX}`));
  u.slice(`${NGHOST}:${NGHOST + NX}`).isub(divergence.mul(DT / DX));
  monitor.record(step, u.slice(`${NGHOST}:${NGHOST + NX}`));
}

// ---------------------------------------------------------------------------
// After one revolution the exact solution equals the initial profile
// ---------------------------------------------------------------------------
const finalProfile = u.slice(`${NGHOST}:${NGHOST + NX}`);
const error = finalProfile.sub(initialProfile);
let l1 = 0;
for (let i = 0; i < NX; i++) l1 += Math.abs(error.get(i)) * DX;
console.log(`L1 error after one revolution: ${l1.toExponential(3)}`);
console.log(`mass change: ${(finalProfile.sum() * DX - mass0).toExponential(2)}`);

const tvIncreases = monitor.tv.slice("1:").sub(monitor.tv.slice(":-1"));
console.log(`largest TV increase between steps: ${tvIncreases.max().toExponential(2)} (TVD: <= 0)`);
console.log(`range kept in [${monitor.extrema.slice(":", 0).min().toFixed(4)}, ${monitor.extrema.slice(":", 1).max().toFixed(4)}]`);

const samples: string[] = [];
for (let i = 10; i < NX; i += 10) samples.push(finalProfile.get(i).toFixed(3));
console.log("final profile every 10 cells:", samples.join(" "));
