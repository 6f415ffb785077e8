// Solves a small linear system with an LU factorisation using partial pivoting, then reports the determinant and residual.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

interface LUResult {
  L: NDArray;
  U: NDArray;
  perm: number[];
  swaps: number;
}

function luDecompose(A: NDArray): LUResult {
  const n = A.shape[0];
  const U = A.copy();
  const L = eye(n);
  const perm: number[] = [];
  for (let i = 0; i < n; i++) perm.push(i);
  let swaps = 0;

  for (let k = 0; k < n - 1; k++) {
    // pick the row with the largest pivot candidate below row k
    let p = k;
    let best = Math.abs(U.get(k, k));
    for (let i = k + 1; i < n; i++) {
      const candidate = Math.abs(U.get(i, k));
      if (candidate > best) {
        best = candidate;
        p = i;
      }
    }
    if (best < 1e-12) {
      throw new Error(`matrix is singular at column ${k}`);
    }
    if (p !== k) {
      // swap the rows of U through copies so neither row overwrites the other
      const rowK = U.slice(k).copy();
      const rowP = U.slice(p).copy();
      U.assign(String(k), rowP);
      U.assign(String(p), rowK);
      // swap the already computed multipliers of L
      for (let j = 0; j < k; j++) {
        const lk = L.get(k, j);
        L.set([k, j], L.get(p, j));
        L.set([p, j], lk);
      }
      [perm[k], perm[p]] = [perm[p], perm[k]];
      swaps++;
    }
    for (let i = k + 1; i < n; i++) {
      const factor = U.get(i, k) / U.get(k, k);
      L.set([i, k], factor);
      for (let j = k; j < n; j++) {
        U.set([i, j], U.get(i, j) - factor * U.get(k, j));
      }
    }
  }
  return { L, U, perm, swaps };
}

function forwardSubstitute(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const y = zeros(n);
  for (let i = 0; i < n; i++) {
    let acc = b.get(i);
    for (let j = 0; j < i; j++) acc -= L.get(i, j) * y.get(j);
    y.set(i, acc / L.get(i, i));
  }
  return y;
}

function backSubstitute(U: NDArray, y: NDArray): NDArray {
  const n = y.size;
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let acc = y.get(i);
    for (let j = i + 1; j < n; j++) acc -= U.get(i, j) * x.get(j);
    x.set(i, acc / U.get(i, i));
  }
  return x;
}

function solve(A: NDArray, b: NDArray): { x: NDArray; det: number } {
  const { L, U, perm, swaps } = luDecompose(A);
  const permuted = b.take(perm);
  const y = forwardSubstitute(L, permuted);
  const x = backSubstitute(U, y);
  // the diagonal view is taken only once the factorisation is finished
  const pivots = U.diagonal();
  let det = swaps % 2 === 0 ? 1 : -1;
  for (let i = 0; i < pivots.size; i++) det *= pivots.get(i);
  return { x, det };
}

function residual(A: NDArray, x: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const r = b.copy();
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let j = 0; j < n; j++) dot += A.get(i, j) * x.get(j);
    r.set(i, r.get(i) - dot);
  }
  return r;
}

const system = array([
  [2, 1, 1, 0],
  [4, 3, 3, 1],
  [8, 7, 9, 5],
  [6, 7, 9, 8],
]);
const rhs = array([1, 2, 3, 4]);

const { x, det } = solve(system, rhs);
const r = residual(system, x, rhs);
console.log("solution:", (x.tolist() as number[]).map((v) => v.toFixed(4)));
console.log("determinant:", det.toFixed(4));
console.log("max residual:", Math.max(Math.abs(r.max()), Math.abs(r.min())).toExponential(2));
console.log("system unchanged:", system.get(0, 0) === 2 && rhs.get(3) === 4);
