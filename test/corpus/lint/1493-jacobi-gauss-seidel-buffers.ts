// Stationary iterative solvers on a diagonally dominant system: Jacobi with two swapped buffers and Gauss–Seidel in place, each checked against the original system.
import { array, zeros, NDArray } from "ndalias";

function matvec(M: NDArray, v: NDArray): NDArray {
  const [m, n] = M.shape;
  const out = zeros(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (M.get(i, j) as number) * (v.get(j) as number);
    out.set(i, s);
  }
  return out;
}

function residualNorm(A: NDArray, x: NDArray, b: NDArray): number {
  const r = b.sub(matvec(A, x));
  return Math.sqrt(r.mul(r).sum());
}

/** Jacobi iteration; the two buffers never share memory and trade roles each sweep. */
export function jacobi(A: NDArray, b: NDArray, tol: number, maxIter: number): { x: NDArray; iterations: number } {
  const n = b.size;
  let current = zeros(n);
  let next = zeros(n);
  let iterations = 0;
  while (iterations < maxIter) {
    for (let i = 0; i < n; i++) {
      let s = b.get(i) as number;
      for (let j = 0; j < n; j++) {
        if (j !== i) s -= (A.get(i, j) as number) * (current.get(j) as number);
      }
      next.set(i, s / (A.get(i, i) as number));
    }
    [current, next] = [next, current];
    iterations++;
    if (residualNorm(A, current, b) < tol) break;
  }
  return { x: current, iterations };
}

/** One Gauss–Seidel sweep, updating x in place (callers own x). */
function gaussSeidelSweep(A: NDArray, b: NDArray, x: NDArray): void {
  const n = b.size;
  for (let i = 0; i < n; i++) {
    let s = b.get(i) as number;
    for (let j = 0; j < n; j++) {
      if (j !== i) s -= (A.get(i, j) as number) * (x.get(j) as number);
    }
    x.set(i, s / (A.get(i, i) as number));
  }
}

export function gaussSeidel(A: NDArray, b: NDArray, tol: number, maxIter: number): { x: NDArray; iterations: number } {
  const x = zeros(b.size);
  let iterations = 0;
  while (iterations < maxIter && residualNorm(A, x, b) >= tol) {
    gaussSeidelSweep(A, b, x);
    iterations++;
  }
  return { x, iterations };
}

const A = array([
  [10, -1, 2, 0],
  [-1, 11, -1, 3],
  [2, -1, 10, -1],
  [0, 3, -1, 8],
]);
const b = array([6, 25, -11, 15]);

const jac = jacobi(A, b, 1e-10, 200);
console.log(`Jacobi: ${jac.iterations} sweeps, x =`, jac.x.tolist());
console.log("  residual against A, b:", residualNorm(A, jac.x, b).toExponential(2));

const gs = gaussSeidel(A, b, 1e-10, 200);
console.log(`Gauss–Seidel: ${gs.iterations} sweeps, x =`, gs.x.tolist());
console.log("  residual against A, b:", residualNorm(A, gs.x, b).toExponential(2));

// The right-hand side under a second name is only printed before the update.
const originalLoad = b;
console.log("load case 1:", originalLoad.tolist(), "total:", originalLoad.sum());

// Second load case: scale the right-hand side in place and warm-start from the first solution.
b.imul(2);
const warm = gs.x.copy();
let sweeps = 0;
while (sweeps < 200 && residualNorm(A, warm, b) >= 1e-10) {
  gaussSeidelSweep(A, b, warm);
  sweeps++;
}
console.log(`load case 2 (warm start): ${sweeps} sweeps, x =`, warm.tolist());

// Linearity check: the second solution is twice the first.
const ratio = warm.div(gs.x);
console.log("x₂ / x₁ per component:", ratio.tolist());
console.log("difference between the two solvers:", jac.x.sub(gs.x).tolist());
