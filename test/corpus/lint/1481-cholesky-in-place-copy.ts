// Cholesky factorisation of a covariance matrix computed in place on a working copy, then verified against the untouched covariance and used to whiten a sample.
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

/**
 * Overwrites the lower triangle of `M` with its Cholesky factor and clears
 * the strict upper triangle. `M` must be symmetric positive definite.
 */
function choleskyInPlace(M: NDArray): void {
  const n = M.shape[0];
  for (let j = 0; j < n; j++) {
    let d = M.get(j, j) as number;
    for (let k = 0; k < j; k++) {
      const ljk = M.get(j, k) as number;
      d -= ljk * ljk;
    }
    if (d <= 0) throw new Error(`matrix is not positive definite (pivot ${j} = ${d})`);
    const ljj = Math.sqrt(d);
    M.set([j, j], ljj);
    for (let i = j + 1; i < n; i++) {
      let s = M.get(i, j) as number;
      for (let k = 0; k < j; k++) {
        s -= (M.get(i, k) as number) * (M.get(j, k) as number);
      }
      M.set([i, j], s / ljj);
    }
  }
  for (let i = 0; i < n - 1; i++) {
    M.slice(i, `${i + 1}:`).fill(0);
  }
}

/** Solves L z = v for lower-triangular L, returning a new vector. */
function solveLower(L: NDArray, v: NDArray): NDArray {
  const n = v.size;
  const z = v.astype("float64");
  for (let i = 0; i < n; i++) {
    let s = z.get(i) as number;
    for (let k = 0; k < i; k++) s -= (L.get(i, k) as number) * (z.get(k) as number);
    z.set(i, s / (L.get(i, i) as number));
  }
  return z;
}

function frobenius(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

const covariance = array([
  [4.0, 1.2, -0.6, 0.4],
  [1.2, 3.0, 0.5, -0.2],
  [-0.6, 0.5, 2.5, 0.3],
  [0.4, -0.2, 0.3, 1.8],
]);

// Inspect the variances before anything is factored.
const variances = covariance.diagonal();
console.log("variances:", variances.tolist(), "total variance:", variances.sum());

// The factor is computed on a copy; the covariance itself stays intact.
const factor = covariance.copy();
choleskyInPlace(factor);

// A name made after the factorisation sees the finished factor.
const factorT = factor.T;
const rebuilt = matmul(factor, factorT);
console.log("||L·Lᵀ - Σ||_F =", frobenius(rebuilt.sub(covariance)).toExponential(2));

// Determinant from the diagonal of the factor (read only).
let logDet = 0;
for (let i = 0; i < factor.shape[0]; i++) logDet += 2 * Math.log(factor.get(i, i) as number);
console.log("log det Σ =", logDet.toFixed(4));

// Whiten a centred sample: z = L⁻¹ (x - μ).
const mean = array([1.0, -0.5, 0.25, 2.0]);
const sample = array([2.1, 0.3, -0.4, 2.6]);
const centred = sample.sub(mean);
const whitened = solveLower(factor, centred);
console.log("whitened sample:", whitened.tolist(), "squared Mahalanobis:", whitened.mul(whitened).sum());

// Shrink the covariance towards its diagonal for the next window. The
// diagonal view above was only read before this point.
const shrinkage = 0.1;
covariance.imul(1 - shrinkage);
for (let i = 0; i < covariance.shape[0]; i++) {
  covariance.set([i, i], (covariance.get(i, i) as number) + shrinkage * 2.5);
}
console.log("shrunk covariance:", covariance.tolist());
