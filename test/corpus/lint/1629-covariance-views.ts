// Estimates a covariance matrix from samples, inspects it through views, regularises it and prints the conditioned matrix.
import { array, eye, zeros, NDArray } from "ndalias";

type SquareMatrix = NDArray & { readonly __square: true };

function isSquare(m: NDArray): m is SquareMatrix {
  return m.ndim === 2 && m.shape[0] === m.shape[1];
}

function covariance(samples: NDArray): NDArray {
  const n = samples.shape[0];
  const d = samples.shape[1];
  const centred = samples.copy();
  for (let c = 0; c < d; c++) {
    const mu = centred.slice(":", c).mean();
    centred.slice(":", c).isub(mu);
  }
  const cov = zeros([d, d]);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      cov.set([i, j], centred.slice(":", i).mul(centred.slice(":", j)).sum() / (n - 1));
    }
  }
  return cov;
}

function trace(m: SquareMatrix): number {
  return m.diagonal().sum();
}

function conditionEstimate(m: SquareMatrix): number {
  const diag = m.diagonal();
  return diag.max() / Math.max(diag.min(), 1e-12);
}

function isSymmetric(m: SquareMatrix, tol = 1e-9): boolean {
  const diff = m.sub(m.T);
  return Math.max(diff.max(), -diff.min()) < tol;
}

function shrink(m: SquareMatrix, lambda: number): NDArray {
  const target = eye(m.shape[0]).mul(trace(m) / m.shape[0]);
  return m.mul(1 - lambda).add(target.mul(lambda));
}

const samples = array([
  [2.1, 0.5, 10.2],
  [1.9, 0.7, 9.8],
  [2.4, 0.4, 10.9],
  [2.0, 0.6, 10.1],
  [2.2, 0.5, 10.4],
]);

const cov = covariance(samples);
if (!isSquare(cov)) throw new Error("covariance must be square");

let variances: NDArray = cov.diagonal();
console.log("variances:", variances.tolist(), "trace:", trace(cov).toFixed(5));
variances = variances.copy();

const upper = cov.slice("0, 1:");
const upperMax = upper.max();
console.log("largest off-diagonal in row 0:", upperMax.toFixed(5), "symmetric:", isSymmetric(cov));

const jitter = 1e-3;
for (let i = 0; i < cov.shape[0]; i++) {
  cov.set([i, i], cov.get(i, i) + jitter);
}
console.log("condition estimate after jitter:", conditionEstimate(cov).toFixed(2));

const flat = cov.ravel();
const rowOfFlat = flat.reshape(cov.shape[0], cov.shape[1]).slice(1);
console.log("row 1 after jitter:", rowOfFlat.tolist());

const shrunk = shrink(cov, 0.2);
shrunk.idiv(shrunk.diagonal().max());
console.log("shrunk and scaled:", shrunk.tolist());

const correlation = cov.copy();
const std = cov.diagonal().copy();
for (let i = 0; i < std.size; i++) std.set(i, Math.sqrt(std.get(i)));
for (let i = 0; i < correlation.shape[0]; i++) {
  correlation.slice(i).idiv(std.get(i));
  correlation.slice(":", i).idiv(std.get(i));
}
console.log("correlation:", correlation.tolist());

const diagonalOfCorrelation = correlation.diagonal();
console.log("unit diagonal:", diagonalOfCorrelation.tolist());
console.log("raw variances (before jitter):", variances.tolist(), "samples kept:", samples.shape);
