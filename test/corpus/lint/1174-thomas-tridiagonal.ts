// Thomas algorithm for tridiagonal systems, used for an implicit (backward Euler) diffusion step and a cubic spline.
import { array, full, zeros, NDArray } from "ndalias";

interface Tridiagonal {
  lower: NDArray; // a[1..n-1]
  diag: NDArray; // b[0..n-1]
  upper: NDArray; // c[0..n-2]
}

export function thomasSolve(sys: Tridiagonal, rhs: NDArray): NDArray {
  const n = rhs.size;
  const cp = sys.upper.copy();
  const dp = rhs.copy();
  const bp = sys.diag.copy();
  for (let i = 1; i < n; i++) {
    const m = sys.lower.get(i) / bp.get(i - 1);
    bp.set(i, bp.get(i) - m * cp.get(i - 1));
    dp.set(i, dp.get(i) - m * dp.get(i - 1));
  }
  const x = zeros(n);
  x.set(n - 1, dp.get(n - 1) / bp.get(n - 1));
  for (let i = n - 2; i >= 0; i--) {
    x.set(i, (dp.get(i) - cp.get(i) * x.get(i + 1)) / bp.get(i));
  }
  const solution = x;
  return solution;
}

function diffusionSystem(n: number, r: number): Tridiagonal {
  const lower = full(n, -r);
  const diag = full(n, 1 + 2 * r);
  const upper = full(n, -r);
  lower.set(0, 0);
  upper.set(n - 1, 0);
  return { lower, diag, upper };
}

export function implicitDiffusion(u0: NDArray, r: number, steps: number): NDArray {
  const sys = diffusionSystem(u0.size, r);
  let u = u0.copy();
  for (let s = 0; s < steps; s++) {
    u = thomasSolve(sys, u);
  }
  return u;
}

export function splineSecondDerivatives(xs: NDArray, ys: NDArray): NDArray {
  const n = xs.size;
  const lower = zeros(n);
  const diag = zeros(n);
  const upper = zeros(n);
  const rhs = zeros(n);
  diag.set(0, 1);
  diag.set(n - 1, 1);
  for (let i = 1; i < n - 1; i++) {
    const h0 = xs.get(i) - xs.get(i - 1);
    const h1 = xs.get(i + 1) - xs.get(i);
    lower.set(i, h0 / 6);
    diag.set(i, (h0 + h1) / 3);
    upper.set(i, h1 / 6);
    rhs.set(i, (ys.get(i + 1) - ys.get(i)) / h1 - (ys.get(i) - ys.get(i - 1)) / h0);
  }
  return thomasSolve({ lower, diag, upper }, rhs);
}

function evalSpline(xs: NDArray, ys: NDArray, m2: NDArray, t: number): number {
  let k = 0;
  while (k < xs.size - 2 && t > xs.get(k + 1)) k++;
  const h = xs.get(k + 1) - xs.get(k);
  const a = (xs.get(k + 1) - t) / h;
  const b = (t - xs.get(k)) / h;
  return (
    a * ys.get(k) +
    b * ys.get(k + 1) +
    ((a * a * a - a) * m2.get(k) + (b * b * b - b) * m2.get(k + 1)) * (h * h) / 6
  );
}

const rod = zeros(21);
rod.slice("8:13").fill(1);
const later = implicitDiffusion(rod, 0.5, 10);
console.log("initial heat:", rod.sum(), "after 10 implicit steps:", later.sum().toFixed(4));
console.log("peak:", later.max().toFixed(4));

const xs = array([0, 1, 2, 3, 4, 5]);
const ys = array([0, 0.8, 0.9, 0.1, -0.7, -1.0]);
const m2 = splineSecondDerivatives(xs, ys);
console.log("second derivatives:", m2.tolist());
console.log("spline at 2.5:", evalSpline(xs, ys, m2, 2.5).toFixed(4));
console.log("inputs unchanged:", xs.sum(), ys.sum().toFixed(2));
