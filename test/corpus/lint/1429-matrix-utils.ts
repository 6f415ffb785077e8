// Matrix helpers for a least-squares fit: Gram matrix, Richardson-iteration solve with swapped buffers, and a printed residual check.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

const M = {
  matvec: (A: NDArray, x: NDArray) => {
    const out = zeros(A.shape[0]);
    for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(x).sum());
    return out;
  },
  matmul: (A: NDArray, B: NDArray) => {
    const out = zeros([A.shape[0], B.shape[1]]);
    for (let i = 0; i < A.shape[0]; i++) {
      for (let j = 0; j < B.shape[1]; j++) out.set([i, j], A.slice(i).mul(B.slice(":", j)).sum());
    }
    return out;
  },
  gram: (A: NDArray) => M.matmul(A.T, A),
  trace: (A: NDArray) => A.diagonal().sum(),
  isSymmetric: (A: NDArray) => {
    const d = A.sub(A.T);
    return Math.max(d.max(), -d.min()) < 1e-12;
  },
  // adds a ridge term to the matrix it is given
  regularize: (A: NDArray, lambda: number): void => {
    for (let i = 0; i < A.shape[0]; i++) A.set([i, i], A.get(i, i) + lambda);
  },
};

const relax = (A: NDArray, b: NDArray, iters: number) => {
  const omega = 1 / M.trace(A);
  let x = zeros(b.size);
  let next = zeros(b.size);
  for (let k = 0; k < iters; k++) {
    for (let i = 0; i < b.size; i++) {
      const row = A.slice(i);
      next.set(i, x.get(i) + omega * (b.get(i) - row.mul(x).sum()));
    }
    [x, next] = [next, x];
  }
  return x;
};

// design matrix for y = c0 + c1 t + c2 t^2
const t = array([0, 0.5, 1, 1.5, 2, 2.5, 3]);
const y = array([1.1, 1.4, 2.2, 3.3, 4.9, 6.8, 9.2]);
const X = zeros([t.size, 3]);
X.slice(":", 0).fill(1);
X.assign(":, 1", t);
X.assign(":, 2", t.mul(t));

const G = M.gram(X);
console.log("gram symmetric:", M.isSymmetric(G), "trace:", M.trace(G).toFixed(3));

// the unregularised trace is read before the ridge term is added
const diag = G.diagonal();
const traceBefore = diag.sum();
M.regularize(G, 1e-3);
console.log("trace before/after ridge:", traceBefore.toFixed(4), M.trace(G).toFixed(4));

const rhs = M.matvec(X.T, y);
const coef = relax(G, rhs, 2000);
console.log("coefficients:", (coef.tolist() as number[]).map((c) => c.toFixed(3)).join(" "));

// residuals; the fitted values are then rounded to cents in their own fresh array
let fitted = M.matvec(X, coef);
const residual = y.sub(fitted);
fitted = fitted.mul(100);
for (let i = 0; i < fitted.size; i++) fitted.data[i] = Math.round(fitted.data[i] as number);
fitted.idiv(100);
console.log("rms residual:", Math.sqrt(residual.mul(residual).mean()).toFixed(4));
console.log("fitted:", (fitted.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// a scaled design matrix: the copy is taken before the column is rescaled
const scaled = X.copy();
scaled.slice(":", 2).idiv(t.max() * t.max());
console.log("scaled column max:", scaled.slice(":", 2).max(), "original column max:", X.slice(":", 2).max());

// the transposed view is made after the write, so it shows the new identity block by design
const I = eye(3);
I.imul(2);
const IT = I.T;
console.log("2I transposed:", IT.tolist(), "product trace:", M.trace(M.matmul(IT, G)).toFixed(3));
