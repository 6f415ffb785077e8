// Modified Gram-Schmidt QR factorisation of a tall matrix, used for a least-squares line fit.
import { array, zeros, NDArray } from "ndalias";

interface QR {
  Q: NDArray;
  R: NDArray;
}

function dot(u: NDArray, v: NDArray): number {
  let s = 0;
  for (let i = 0; i < u.size; i++) s += u.get(i) * v.get(i);
  return s;
}

function norm(u: NDArray): number {
  return Math.sqrt(dot(u, u));
}

export function qrDecompose(A: NDArray): QR {
  const [m, n] = A.shape;
  const Q = zeros([m, n]);
  const R = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    // An explicit copy of the column: the working vector owns its memory.
    const v = A.slice(":", j).copy();
    for (let i = 0; i < j; i++) {
      const qi = Q.slice(":", i);
      const rij = dot(qi, v);
      R.set([i, j], rij);
      v.isub(qi.mul(rij));
    }
    const rjj = norm(v);
    R.set([j, j], rjj);
    if (rjj > 1e-14) v.idiv(rjj);
    Q.slice(":", j).assign(":", v);
  }
  return { Q, R };
}

function transposeTimes(Q: NDArray, b: NDArray): NDArray {
  const [m, n] = Q.shape;
  const out = zeros(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < m; i++) s += Q.get(i, j) * b.get(i);
    out.set(j, s);
  }
  return out;
}

function upperSolve(R: NDArray, y: NDArray): NDArray {
  const n = y.size;
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i);
    for (let k = i + 1; k < n; k++) s -= R.get(i, k) * x.get(k);
    x.set(i, s / R.get(i, i));
  }
  return x;
}

export function leastSquares(A: NDArray, b: NDArray): NDArray {
  const { Q, R } = qrDecompose(A);
  return upperSolve(R, transposeTimes(Q, b));
}

function orthogonalityError(Q: NDArray): number {
  const n = Q.shape[1];
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const g = dot(Q.slice(":", i), Q.slice(":", j));
      worst = Math.max(worst, Math.abs(g - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

const xs = [0, 1, 2, 3, 4, 5];
const ys = array([1.1, 2.9, 5.2, 7.1, 8.8, 11.2]);
const design = zeros([xs.length, 2]);
for (let i = 0; i < xs.length; i++) {
  design.set([i, 0], 1);
  design.set([i, 1], xs[i]);
}

const { Q, R } = qrDecompose(design);
console.log("R:", R.tolist());
console.log("orthogonality error:", orthogonalityError(Q).toExponential(2));

const coef = leastSquares(design, ys);
console.log("intercept, slope:", coef.tolist());
console.log("design still intact:", design.slice(":", 1).sum());
