// LU decomposition with partial pivoting on a working copy, then forward/back substitution to solve Ax = b.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

interface LUResult {
  L: NDArray;
  U: NDArray;
  perm: number[];
}

function swapRows(M: NDArray, i: number, j: number, upto: number): void {
  // Row exchange inside one matrix: element by element, through the matrix's own name.
  for (let k = 0; k < upto; k++) {
    const t = M.get(i, k);
    M.set([i, k], M.get(j, k));
    M.set([j, k], t);
  }
}

function luDecompose(A: NDArray): LUResult {
  const n = A.shape[0];
  const U = A.copy();
  const L = eye(n);
  const perm: number[] = [];
  for (let i = 0; i < n; i++) perm.push(i);

  for (let k = 0; k < n - 1; k++) {
    let pivot = k;
    let best = Math.abs(U.get(k, k));
    for (let r = k + 1; r < n; r++) {
      const v = Math.abs(U.get(r, k));
      if (v > best) {
        best = v;
        pivot = r;
      }
    }
    if (pivot !== k) {
      swapRows(U, k, pivot, n);
      swapRows(L, k, pivot, k);
      const tp = perm[k];
      perm[k] = perm[pivot];
      perm[pivot] = tp;
    }
    const ukk = U.get(k, k);
    if (Math.abs(ukk) < 1e-12) continue;
    for (let r = k + 1; r < n; r++) {
      const factor = U.get(r, k) / ukk;
      L.set([r, k], factor);
      for (let c = k; c < n; c++) {
        U.set([r, c], U.get(r, c) - factor * U.get(k, c));
      }
    }
  }
  return { L, U, perm };
}

function forwardSubstitute(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const y = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = b.get(i);
    for (let j = 0; j < i; j++) s -= L.get(i, j) * y.get(j);
    y.set(i, s / L.get(i, i));
  }
  return y;
}

function backSubstitute(U: NDArray, y: NDArray): NDArray {
  const n = y.size;
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i);
    for (let j = i + 1; j < n; j++) s -= U.get(i, j) * x.get(j);
    x.set(i, s / U.get(i, i));
  }
  return x;
}

function solve(A: NDArray, b: NDArray): NDArray {
  const { L, U, perm } = luDecompose(A);
  const pb = b.take(perm);
  return backSubstitute(U, forwardSubstitute(L, pb));
}

function residual(A: NDArray, x: NDArray, b: NDArray): number {
  const n = b.size;
  let worst = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A.get(i, j) * x.get(j);
    worst = Math.max(worst, Math.abs(s - b.get(i)));
  }
  return worst;
}

const A = array([
  [2, 1, 1, 0],
  [4, 3, 3, 1],
  [8, 7, 9, 5],
  [6, 7, 9, 8],
]);
const b = array([1, 2, 3, 4]);

const { L, U, perm } = luDecompose(A);
console.log("permutation:", perm);
console.log("L:", L.tolist());
console.log("U:", U.tolist());

const x = solve(A, b);
console.log("solution:", x.tolist());
console.log("max residual:", residual(A, x, b).toExponential(2));
console.log("A untouched, trace:", A.get(0, 0) + A.get(1, 1) + A.get(2, 2) + A.get(3, 3));
