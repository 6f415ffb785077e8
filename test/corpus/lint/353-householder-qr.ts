// Householder QR factorisation with column helpers and a sign normalisation of R, used for a small least-squares line fit.
import { array, eye, zeros, NDArray } from "ndalias";

function column(M: NDArray, j: number): NDArray {
  return M.slice(":", j);
}

function norm2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function householder(x: NDArray): { v: NDArray; beta: number } {
  const v = x.copy();
  const alpha = norm2(x);
  if (alpha === 0) {
    return { v, beta: 0 };
  }
  const s = x.get(0) >= 0 ? 1 : -1;
  v.set(0, v.get(0) + s * alpha);
  return { v, beta: 2 / v.mul(v).sum() };
}

export function qrFactor(A: NDArray): { Q: NDArray; R: NDArray } {
  const [m, n] = A.shape;
  const R = A.copy();
  const Q = eye(m);
  const steps = Math.min(m - 1, n);
  for (let k = 0; k < steps; k++) {
    const x = column(R, k).slice(`${k}:`);
    const { v, beta } = householder(x);
    if (beta === 0) continue;
    for (let j = k; j < n; j++) {
      const t = beta * v.mul(R.slice(`${k}:, ${j}`)).sum();
      R.slice(`${k}:, ${j}`).isub(v.mul(t));
    }
    for (let i = 0; i < m; i++) {
      const t = beta * Q.slice(`${i}, ${k}:`).mul(v).sum();
      Q.slice(`${i}, ${k}:`).isub(v.mul(t));
    }
  }
  for (let k = 0; k < Math.min(m, n); k++) {
    if (R.get(k, k) < 0) {
      R.slice(k).imul(-1);
      Q.slice(":", k).imul(-1);
    }
  }
  return { Q, R };
}

export function lstsq(A: NDArray, b: NDArray): NDArray {
  const n = A.shape[1];
  const { Q, R } = qrFactor(A);
  const qtb = zeros(n);
  for (let j = 0; j < n; j++) {
    qtb.set(j, column(Q, j).mul(b).sum());
  }
  const coef = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    const rii = R.get(i, i);
    if (Math.abs(rii) < 1e-13) {
      throw new RangeError(`rank-deficient design: |R[${i},${i}]| = ${Math.abs(rii)}`);
    }
    let s = qtb.get(i);
    for (let j = i + 1; j < n; j++) s -= R.get(i, j) * coef.get(j);
    coef.set(i, s / rii);
  }
  return coef;
}

function columnNorms(M: NDArray): number[] {
  const out: number[] = [];
  for (let j = 0; j < M.shape[1]; j++) out.push(norm2(column(M, j)));
  return out;
}

const t = array([0, 1, 2, 3, 4]);
const design = zeros([5, 2]);
design.assign(":, 0", 1);
design.assign(":, 1", t);
const observed = array([1.1, 2.9, 5.2, 7.1, 8.8]);

const { Q, R } = qrFactor(design);
console.log("R:", R.tolist());
console.log("column norms of Q:", columnNorms(Q).map((c) => c.toFixed(6)).join(" "));
const coef = lstsq(design, observed);
console.log("intercept, slope:", coef.tolist());
console.log("design column norms:", columnNorms(design).join(" "));
