// Jacobi iteration with a reusable residual workspace and a damped two-buffer variant, run on a diagonally dominant 4x4 system.
// runnable
import { array, zeros, NDArray } from "ndalias";

function residualInto(out: NDArray, A: NDArray, x: NDArray, b: NDArray): void {
  for (let i = 0; i < b.size; i++) {
    out.set(i, b.get(i) - A.slice(i).mul(x).sum());
  }
}

function infNorm(v: NDArray): number {
  let m = 0;
  for (let i = 0; i < v.size; i++) m = Math.max(m, Math.abs(v.get(i)));
  return m;
}

function checkDiagonal(A: NDArray): NDArray {
  const d = A.diagonal();
  for (let i = 0; i < d.size; i++) {
    if (d.get(i) === 0) throw new RangeError(`Jacobi needs a non-zero diagonal, row ${i} has 0`);
  }
  return d;
}

export function jacobi(
  A: NDArray,
  b: NDArray,
  tol: number,
  maxIter: number,
): { x: NDArray; iterations: number; history: number[] } {
  const n = b.size;
  const diag = checkDiagonal(A);
  const x = zeros(n);
  const r = zeros(n);
  const history: number[] = [];
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    residualInto(r, A, x, b);
    const rn = infNorm(r);
    history.push(rn);
    if (rn < tol) break;
    const xNew = x.copy();
    for (let i = 0; i < n; i++) {
      const offDiagonal = A.slice(i).mul(x).sum() - diag.get(i) * x.get(i);
      xNew.set(i, (b.get(i) - offDiagonal) / diag.get(i)); // expect: no-lost-write
    }
  }
  return { x, iterations, history };
}

export function dampedJacobi(A: NDArray, b: NDArray, omega: number, sweeps: number): NDArray {
  const n = b.size;
  const diag = checkDiagonal(A);
  let cur = zeros(n);
  let next = zeros(n);
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < n; i++) {
      const offDiagonal = A.slice(i).mul(cur).sum() - diag.get(i) * cur.get(i);
      const jac = (b.get(i) - offDiagonal) / diag.get(i);
      next.set(i, (1 - omega) * cur.get(i) + omega * jac);
    }
    [cur, next] = [next, cur];
  }
  return cur;
}

const A = array([
  [10, -1, 2, 0],
  [-1, 11, -1, 3],
  [2, -1, 10, -1],
  [0, 3, -1, 8],
]);
const b = array([6, 25, -11, 15]);

const plain = jacobi(A, b, 1e-8, 25);
console.log(`jacobi: ${plain.iterations} iterations, final residual ${plain.history[plain.history.length - 1]}`);
console.log("jacobi iterate:", plain.x.tolist());

const damped = dampedJacobi(A, b, 0.8, 40);
const r = zeros(b.size);
residualInto(r, A, damped, b);
console.log("damped iterate:", damped.tolist(), "residual:", infNorm(r));
