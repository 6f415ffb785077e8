// Eigen and QR utilities: modified Gram-Schmidt orthogonalises the columns of a working copy with chained column writes, power iteration rebinds its vector every step, deflation subtracts a rank-one term from a copy, and a sign convention flips one column while another column view is reported.
import { array, zeros, NDArray } from "ndalias";

function qr(M: NDArray): { Q: NDArray; R: NDArray } {
  const n = M.shape[1];
  const Q = M.copy();
  const R = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < j; i++) {
      const qi = Q.slice(":", i);
      const rij = qi.mul(Q.slice(":", j)).sum();
      R.set([i, j], rij);
      Q.slice(":", j).isub(qi.mul(rij));
    }
    const norm = Math.sqrt(Q.slice(":", j).mul(Q.slice(":", j)).sum());
    R.set([j, j], norm);
    Q.slice(":", j).idiv(norm);
  }
  return { Q, R };
}

function matvec(A: NDArray, v: NDArray): NDArray {
  const out = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(v).sum());
  return out;
}

function powerIteration(A: NDArray, iters: number): { value: number; vector: NDArray } {
  let v = zeros(A.shape[0]);
  v.fill(1);
  let value = 0;
  for (let t = 0; t < iters; t++) {
    const w = matvec(A, v);
    value = w.mul(v).sum() / v.mul(v).sum();
    v = w.div(Math.sqrt(w.mul(w).sum()));
  }
  return { value, vector: v };
}

function deflate(A: NDArray, value: number, vec: NDArray): NDArray {
  const B = A.copy();
  for (let i = 0; i < B.shape[0]; i++) B.slice(i).isub(vec.mul(value * vec.get(i)));
  return B;
}

const A = array([
  [4, 1, 2],
  [1, 3, 0],
  [2, 0, 5],
]);
const asym = A.sub(A.T);
console.log("symmetric:", asym.mul(asym).sum() === 0, "trace:", A.diagonal().sum());

const { Q, R } = qr(A);
const firstCol = Q.slice(":", 0);
const second = Q.slice(":", 1);
const secondNorm = second.mul(second).sum();
if (Q.get(0, 1) < 0) {
  Q.slice(":", 1).imul(-1);
  R.slice(1).imul(-1);
}
console.log("q1:", firstCol.tolist(), "|q2|^2 before the sign fix:", secondNorm.toFixed(6));
console.log("Q:", Q.tolist(), "R:", R.tolist());

const e1 = powerIteration(A, 200);
const A2 = deflate(A, e1.value, e1.vector);
const e2 = powerIteration(A2, 200);
const oriented = e1.vector.copy();
if (oriented.get(0) < 0) oriented.imul(-1);
console.log("lambda1:", e1.value.toFixed(6), "v1:", oriented.tolist(), "lambda2:", e2.value.toFixed(6));
console.log("A after deflation is unchanged:", A.tolist());
