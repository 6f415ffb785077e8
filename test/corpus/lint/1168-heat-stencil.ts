// Explicit finite-difference heat equation on a rod: a copied stencil step, double buffering and an energy log.
import { linspace, zeros, NDArray } from "ndalias";

const N = 41;
const ALPHA = 0.4;
const energyLog = zeros(200);

function initialProfile(n: number): NDArray {
  const x = linspace(0, 1, n);
  const u = zeros(n);
  for (let i = 0; i < n; i++) {
    const d = x.get(i) - 0.5;
    u.set(i, Math.exp(-d * d * 80));
  }
  return u;
}

// In-place step: the old values are copied first, so the stencil never reads updated entries.
function stepInPlace(u: NDArray, r: number): void {
  const prev = u.copy();
  const n = u.size;
  for (let i = 1; i < n - 1; i++) {
    u.set(i, prev.get(i) + r * (prev.get(i - 1) - 2 * prev.get(i) + prev.get(i + 1)));
  }
  u.set(0, 0);
  u.set(n - 1, 0);
}

// Out-of-place step into a separate buffer.
function stepInto(src: NDArray, dst: NDArray, r: number): void {
  const n = src.size;
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + r * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
  dst.set(0, 0);
  dst.set(n - 1, 0);
}

function energy(u: NDArray): number {
  return u.mul(u).sum() / u.size;
}

export function simulateInPlace(steps: number): NDArray {
  const u = initialProfile(N);
  for (let s = 0; s < steps; s++) {
    stepInPlace(u, ALPHA);
    energyLog.set(s % energyLog.size, energy(u));
  }
  return u;
}

export function simulateDoubleBuffered(steps: number): NDArray {
  let cur = initialProfile(N);
  let nxt = zeros(N);
  for (let s = 0; s < steps; s++) {
    stepInto(cur, nxt, ALPHA);
    [cur, nxt] = [nxt, cur];
  }
  return cur;
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  let m = 0;
  for (let i = 0; i < a.size; i++) m = Math.max(m, Math.abs(a.get(i) - b.get(i)));
  return m;
}

export function compareSchemes(steps: number): number {
  const a = simulateInPlace(steps);
  const b = simulateDoubleBuffered(steps);
  const before = b.copy();
  b.isub(a);
  const spread = Math.sqrt(b.mul(b).sum());
  return Math.max(spread, maxAbsDiff(before, a));
}

export function resetLog(): void {
  energyLog.fill(0);
}

const steps = 60;
const profile = simulateInPlace(steps);
console.log("peak after", steps, "steps:", profile.max().toFixed(4));
console.log("scheme difference:", compareSchemes(steps).toExponential(2));
console.log("energy at step 10:", energyLog.get(10).toFixed(5));
resetLog();
console.log("log cleared:", energyLog.sum());
