// Gauss–Jordan inversion with partial pivoting on an augmented matrix, a pivoted determinant, and checks of A·A⁻¹ = I against the original matrix.
import { array, eye, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const [n, inner] = a.shape;
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < inner; p++) s += (a.get(i, p) as number) * (b.get(p, j) as number);
      out.set([i, j], s);
    }
  }
  return out;
}

/** Exchanges rows k and p of M in place (the saved row is a copy). */
function swapRows(M: NDArray, k: number, p: number): void {
  if (k === p) return;
  const saved = M.slice(k).copy();
  M.assign(k, M.slice(p));
  M.assign(p, saved);
}

function pivotRow(M: NDArray, k: number): number {
  let p = k;
  for (let i = k + 1; i < M.shape[0]; i++) {
    if (Math.abs(M.get(i, k) as number) > Math.abs(M.get(p, k) as number)) p = i;
  }
  return p;
}

/** Inverse of a square matrix; A itself is only read. */
export function invert(A: NDArray): NDArray {
  const n = A.shape[0];
  const aug = zeros([n, 2 * n]);
  aug.assign(`:, :${n}`, A);
  aug.assign(`:, ${n}:`, eye(n));
  for (let k = 0; k < n; k++) {
    swapRows(aug, k, pivotRow(aug, k));
    const pivot = aug.get(k, k) as number;
    if (Math.abs(pivot) < 1e-12) throw new Error(`matrix is singular (column ${k})`);
    aug.slice(k).idiv(pivot);
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const factor = aug.get(i, k) as number;
      if (factor !== 0) aug.slice(i).isub(aug.slice(k).mul(factor));
    }
  }
  return aug.slice(":", `${n}:`).copy();
}

/** Determinant by elimination with partial pivoting on a private copy. */
export function determinant(A: NDArray): number {
  const n = A.shape[0];
  const M = A.copy();
  let det = 1;
  for (let k = 0; k < n; k++) {
    const p = pivotRow(M, k);
    if (p !== k) {
      swapRows(M, k, p);
      det = -det;
    }
    const pivot = M.get(k, k) as number;
    if (pivot === 0) return 0;
    det *= pivot;
    for (let i = k + 1; i < n; i++) {
      M.slice(i).isub(M.slice(k).mul((M.get(i, k) as number) / pivot));
    }
  }
  return det;
}

/** Max-row-sum norm: the largest absolute row sum. */
function infNorm(M: NDArray): number {
  const absM = M.copy();
  for (let i = 0; i < absM.size; i++) absM.data[i] = Math.abs(absM.data[i] as number);
  let best = 0;
  for (let i = 0; i < absM.shape[0]; i++) best = Math.max(best, absM.slice(i).sum());
  return best;
}

const A = array([
  [0, 2, 1, -1],
  [3, 1, 0, 2],
  [1, -1, 4, 0],
  [2, 0, 1, 5],
]);

const inv = invert(A);
console.log("A⁻¹:", inv.tolist());

const det = determinant(A);
console.log("det A =", det.toFixed(6));

// Adjugate = det(A)·A⁻¹, computed on its own copy of the inverse.
const adjugate = inv.copy();
adjugate.imul(det);
console.log("adjugate (integer for an integer matrix):", adjugate.tolist());

const condition = infNorm(A) * infNorm(inv);
console.log("∞-norm condition number:", condition.toFixed(3));

// Both products must give the identity; A and A⁻¹ never share memory.
const left = matmul(inv, A);
const right = matmul(A, inv);
const errLeft = left.sub(eye(4));
const errRight = right.sub(eye(4));
console.log("max |A⁻¹A - I|:", Math.max(errLeft.max(), -errLeft.min()).toExponential(2));
console.log("max |AA⁻¹ - I|:", Math.max(errRight.max(), -errRight.min()).toExponential(2));
