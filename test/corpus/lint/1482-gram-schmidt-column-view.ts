// Classical Gram–Schmidt QR of a tall design matrix, followed by checks of orthogonality and of the reconstruction Q·R against the design matrix.
import { array, eye, zeros, NDArray } from "ndalias";

function dot(u: NDArray, v: NDArray): number {
  return u.mul(v).sum();
}

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

/** Thin QR by classical Gram–Schmidt: A (m×n) = Q (m×n) · R (n×n). */
export function gramSchmidtQR(A: NDArray): { Q: NDArray; R: NDArray } {
  const [m, n] = A.shape;
  if (m < n) throw new Error(`need at least as many rows as columns, got ${m}x${n}`);
  const Q = zeros([m, n]);
  const R = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    const v = A.slice(":", j);
    for (let i = 0; i < j; i++) {
      const qi = Q.slice(":", i);
      const rij = dot(qi, A.slice(":", j));
      R.set([i, j], rij);
      v.isub(qi.mul(rij)); // expect: no-view-mutation
    }
    const norm = Math.sqrt(dot(v, v));
    if (norm < 1e-12) throw new Error(`column ${j} is linearly dependent`);
    R.set([j, j], norm);
    Q.assign(`:, ${j}`, v.div(norm));
  }
  return { Q, R };
}

/** Solves the least-squares problem min ||A x - y|| from a thin QR. */
export function leastSquares(Q: NDArray, R: NDArray, y: NDArray): NDArray {
  const n = R.shape[0];
  const qty = matmul(Q.T, y.reshape(y.size, 1)).ravel();
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = qty.get(i) as number;
    for (let k = i + 1; k < n; k++) s -= (R.get(i, k) as number) * (x.get(k) as number);
    x.set(i, s / (R.get(i, i) as number));
  }
  return x;
}

function maxAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

// Intercept, time, and time squared for six observations.
const design = array([
  [1, 0, 0],
  [1, 1, 1],
  [1, 2, 4],
  [1, 3, 9],
  [1, 4, 16],
  [1, 5, 25],
]);
const observed = array([1.1, 2.9, 7.2, 12.8, 21.1, 31.0]);

const { Q, R } = gramSchmidtQR(design);
console.log("R:", R.tolist());

// Orthogonality defect Qᵀ Q - I.
const QtQ = matmul(Q.T, Q);
const orthDefect = QtQ;
orthDefect.isub(eye(QtQ.shape[0])); // expect: no-alias-mutation
console.log("max |QᵀQ - I|:", maxAbs(orthDefect).toExponential(2));
console.log("Gram matrix of Q:", QtQ.tolist());

// Reconstruction Q·R must give back the design matrix.
const rebuilt = matmul(Q, R);
console.log("max |Q·R - A|:", maxAbs(rebuilt.sub(design)).toExponential(2));

const coef = leastSquares(Q, R, observed);
console.log("fitted coefficients:", coef.tolist());

const fitted = matmul(design, coef.reshape(coef.size, 1)).ravel();
const residual = observed.sub(fitted);
console.log("residual sum of squares:", dot(residual, residual).toFixed(4));

// Leave-one-out style diagnostic: the leverage of each observation is the
// squared norm of the corresponding row of Q.
const leverage = zeros(Q.shape[0]);
for (let i = 0; i < Q.shape[0]; i++) {
  const row = Q.slice(i);
  leverage.set(i, dot(row, row));
}
console.log("leverages:", leverage.tolist(), "sum:", leverage.sum().toFixed(3));
