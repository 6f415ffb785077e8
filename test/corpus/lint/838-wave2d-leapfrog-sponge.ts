// Leapfrog solver for the 2-D wave equation on a clamped square membrane with an absorbing sponge strip along the lower edge and a Gaussian initial displacement.
import { zeros, NDArray } from "ndalias";

const N = 48; // interior points per side
const C = 1.0;
const DX = 1 / (N + 1);
const DT = (0.5 * DX) / C; // CFL 0.5 < 1/sqrt(2)
const STEPS = 120;
const SPONGE_WIDTH = 4;
const SPONGE_DAMPING = 0.97;

/** Five-point Laplacian (times dx^2) of the interior of a padded field; fresh (N, N) array. */
function laplacian(u: NDArray): NDArray {
  return u
    .slice(":-2, 1:-1")
    .add(u.slice("2:, 1:-1"))
    .add(u.slice("1:-1, :-2"))
    .add(u.slice("1:-1, 2:"))
    .sub(u.slice("1:-1, 1:-1").mul(4));
}

function gaussianPulse(n: number, cx: number, cy: number, width: number): NDArray {
  const u = zeros([n + 2, n + 2]);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= n; j++) {
      const dy = i * DX - cy;
      const dxx = j * DX - cx;
      u.set([i, j], Math.exp(-(dxx * dxx + dy * dy) / (2 * width * width)));
    }
  }
  return u;
}

/** Discrete energy: kinetic from the time difference, potential from the gradients. */
function energy(u: NDArray, uPrev: NDArray): number {
  const vel = u.sub(uPrev).div(DT);
  const gx = u.slice(":, 1:").sub(u.slice(":, :-1")).div(DX);
  const gy = u.slice("1:, :").sub(u.slice(":-1, :")).div(DX);
  const kinetic = 0.5 * vel.mul(vel).sum();
  const potential = 0.5 * C * C * (gx.mul(gx).sum() + gy.mul(gy).sum());
  return (kinetic + potential) * DX * DX;
}

/** Damps the interior rows next to the lower edge; returns the energy-like amount removed. */
function applySponge(u: NDArray, width: number, damping: number): number {
  const strip = u.slice(`${-width - 1}:-1, 1:-1`);
  const before = strip.mul(strip).sum();
  strip.imul(damping); // expect: no-view-mutation
  return (before - strip.mul(strip).sum()) * DX * DX;
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

// ---------------------------------------------------------------------------
// Initial state: displaced membrane at rest
// ---------------------------------------------------------------------------
const u = gaussianPulse(N, 0.5, 0.6, 0.06);
const uPrev = u.copy(); // zero initial velocity (first-order start)
const initialPulse = u.slice("1:-1, 1:-1");
const e0 = energy(u, uPrev);
console.log(`grid ${N}x${N}, dt = ${DT.toExponential(3)}, initial energy ${e0.toExponential(4)}`);

const coef = ((C * DT) / DX) ** 2;
const energyTrace = zeros(STEPS);
const centreTrace = zeros(STEPS);
let absorbed = 0;

for (let step = 0; step < STEPS; step++) {
  const uNext = u.mul(2).sub(uPrev);
  uNext.slice("1:-1, 1:-1").iadd(laplacian(u).mul(coef));
  uPrev.assign(":", u);
  u.assign(":", uNext); // expect: no-view-mutation
  absorbed += applySponge(u, SPONGE_WIDTH, SPONGE_DAMPING);
  energyTrace.set(step, energy(u, uPrev));
  centreTrace.set(step, u.get(N / 2, N / 2));
}

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------
const eEnd = energyTrace.get(STEPS - 1);
console.log(`energy: ${e0.toExponential(4)} -> ${eEnd.toExponential(4)}, sponge removed ~${absorbed.toExponential(3)}`);
console.log(`centre displacement range: [${centreTrace.min().toFixed(4)}, ${centreTrace.max().toFixed(4)}]`);

// how far the membrane has moved away from its initial shape
const departure = u.slice("1:-1, 1:-1").sub(initialPulse);
console.log(`largest departure from the initial displacement: ${maxAbs(departure).toFixed(4)}`);

// clamped edges must stay exactly zero
const edgeMax = Math.max(maxAbs(u.slice(0)), maxAbs(u.slice(-1)), maxAbs(u.slice(":", 0)), maxAbs(u.slice(":", -1)));
console.log(`edge displacement: ${edgeMax.toExponential(2)}`);

// first step at which the energy fell below half of its initial value
let halfLife = -1;
for (let s = 0; s < STEPS; s++) {
  if (energyTrace.get(s) < 0.5 * e0) {
    halfLife = s;
    break;
  }
}
console.log(`energy half-life: ${halfLife >= 0 ? `${(halfLife * DT).toFixed(3)} time units` : "not reached"}`);
