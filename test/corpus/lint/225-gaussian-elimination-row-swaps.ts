// Dense linear algebra by row operations: a partial-pivoting solver that swaps rows through a copy and eliminates with a pivot-row view, and a determinant routine whose row swap keeps a view of the row it overwrites.
import { array, eye, zeros, NDArray } from "ndalias";

function pivotRowOf(A: NDArray, k: number): number {
  let p = k;
  for (let i = k + 1; i < A.shape[0]; i++) {
    if (Math.abs(A.get(i, k)) > Math.abs(A.get(p, k))) p = i;
  }
  return p;
}

export function solve(M: NDArray, rhs: NDArray): NDArray {
  const n = M.shape[0];
  const A = M.copy();
  const b = rhs.copy();
  for (let k = 0; k < n; k++) {
    const p = pivotRowOf(A, k);
    if (p !== k) {
      const saved = A.slice(k).copy();
      A.slice(k).assign(":", A.slice(p));
      A.slice(p).assign(":", saved);
      const bk = b.get(k);
      b.set(k, b.get(p));
      b.set(p, bk);
    }
    const pivot = A.get(k, k);
    A.slice(k).idiv(pivot);
    b.set(k, b.get(k) / pivot);
    const pivotRow = A.slice(k);
    for (let i = k + 1; i < n; i++) {
      const factor = A.get(i, k);
      A.slice(i).isub(pivotRow.mul(factor));
      b.set(i, b.get(i) - factor * b.get(k));
    }
  }
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    const tail = A.slice(i, `${i + 1}:`).mul(x.slice(`${i + 1}:`)).sum();
    x.set(i, b.get(i) - tail);
  }
  return x;
}

export function determinant(M: NDArray): number {
  const A = M.copy();
  const n = A.shape[0];
  let det = 1;
  for (let k = 0; k < n; k++) {
    const p = pivotRowOf(A, k);
    if (A.get(p, k) === 0) return 0;
    if (p !== k) {
      const rowK = A.slice(k);
      A.slice(k).assign(":", A.slice(p)); // expect: no-view-mutation
      A.slice(p).assign(":", rowK);
      det = -det;
    }
    det *= A.get(k, k);
    for (let i = k + 1; i < n; i++) A.slice(i).isub(A.slice(k).mul(A.get(i, k) / A.get(k, k)));
  }
  return det;
}

export function inverse(M: NDArray): NDArray {
  const n = M.shape[0];
  const inv = zeros([n, n]);
  const I = eye(n);
  for (let j = 0; j < n; j++) inv.slice(":", j).assign(":", solve(M, I.slice(j)));
  return inv;
}

const M = array([
  [2, 1, -1],
  [-3, -1, 2],
  [-2, 1, 2],
]);
const rhs = array([8, -11, -3]);
const x = solve(M, rhs);
console.log("solution:", x.tolist(), "det:", determinant(M));
const Minv = inverse(M);
console.log("inverse:", Minv.tolist(), "matrix unchanged:", M.tolist(), "rhs unchanged:", rhs.tolist());
