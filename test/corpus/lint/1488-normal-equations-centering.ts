// Least squares through the normal equations: forms Xᵀ X, centres the design columns for conditioning, solves by Cholesky and reports the fit.
// runnable
import { array, zeros, NDArray } from "ndalias";

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

function columnMean(M: NDArray, j: number): number {
  return M.slice(":", j).mean();
}

/** Lower Cholesky factor of a symmetric positive definite matrix (new array). */
function cholesky(G: NDArray): NDArray {
  const n = G.shape[0];
  const L = G.copy();
  for (let j = 0; j < n; j++) {
    let d = L.get(j, j) as number;
    for (let k = 0; k < j; k++) d -= (L.get(j, k) as number) ** 2;
    if (d <= 0) throw new Error(`Gram matrix not positive definite at ${j}`);
    const ljj = Math.sqrt(d);
    L.set([j, j], ljj);
    for (let i = j + 1; i < n; i++) {
      let s = L.get(i, j) as number;
      for (let k = 0; k < j; k++) s -= (L.get(i, k) as number) * (L.get(j, k) as number);
      L.set([i, j], s / ljj);
    }
    L.slice(j, `${j + 1}:`).fill(0);
  }
  return L;
}

function choleskySolve(L: NDArray, rhs: NDArray): NDArray {
  const n = rhs.size;
  const y = rhs.copy();
  for (let i = 0; i < n; i++) {
    let s = y.get(i) as number;
    for (let k = 0; k < i; k++) s -= (L.get(i, k) as number) * (y.get(k) as number);
    y.set(i, s / (L.get(i, i) as number));
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i) as number;
    for (let k = i + 1; k < n; k++) s -= (L.get(k, i) as number) * (y.get(k) as number);
    y.set(i, s / (L.get(i, i) as number));
  }
  return y;
}

// Two predictors with large, similar offsets (poorly conditioned as given).
const X = array([
  [100.0, 200.5],
  [101.0, 201.0],
  [102.0, 202.5],
  [103.0, 202.0],
  [104.0, 204.5],
  [105.0, 205.0],
]);
const target = array([3.1, 4.0, 5.2, 5.8, 7.1, 7.9]);
const Xt = X.T;
console.log("design column means:", [columnMean(X, 0), columnMean(X, 1)]);

// Centre each column so that the normal equations are well conditioned.
const means: number[] = [];
for (let j = 0; j < X.shape[1]; j++) {
  const mu = columnMean(X, j);
  means.push(mu);
  X.slice(":", j).isub(mu); // expect: no-view-mutation
}
const yMean = target.mean();
const yc = target.sub(yMean);

const gram = matmul(Xt, X);
const moment = matmul(Xt, yc.reshape(yc.size, 1)).ravel();
const L = cholesky(gram);
const beta = choleskySolve(L, moment);
const intercept = yMean - means.reduce((acc, mu, j) => acc + mu * (beta.get(j) as number), 0);
console.log("slopes:", beta.tolist(), "intercept:", intercept.toFixed(4));

// Fitted values and R² on the centred design.
const fitted = matmul(X, beta.reshape(beta.size, 1)).ravel();
fitted.iadd(yMean);
const resid = target.sub(fitted);
const ssRes = resid.mul(resid).sum();
const ssTot = yc.mul(yc).sum();
console.log("fitted:", fitted.tolist());
console.log("R² =", (1 - ssRes / ssTot).toFixed(4));

// Report the observed range of each predictor in its original units.
for (let j = 0; j < Xt.shape[0]; j++) {
  const column = Xt.slice(j);
  console.log(`predictor ${j}: ${column.min()} .. ${column.max()} (mean ${means[j].toFixed(2)})`);
}
