// Regularises a covariance matrix, inverts it with Gauss-Jordan elimination on an augmented matrix and checks the product.
import { array, eye, zeros, NDArray } from "ndalias";

function invert(A: NDArray): NDArray {
  const n = A.shape[0];
  const aug = zeros([n, 2 * n]);
  aug.assign(`:, :${n}`, A);
  aug.assign(`:, ${n}:`, eye(n));

  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(aug.get(i, k)) > Math.abs(aug.get(p, k))) p = i;
    }
    if (Math.abs(aug.get(p, k)) < 1e-12) {
      throw new Error(`matrix is singular (column ${k})`);
    }
    if (p !== k) {
      const upper = aug.slice(k).copy();
      aug.assign(String(k), aug.slice(p).copy());
      aug.assign(String(p), upper);
    }
    // scale the pivot row, then eliminate column k from every other row
    aug.slice(k).idiv(aug.get(k, k));
    const pivotRow = aug.slice(k).copy();
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const f = aug.get(i, k);
      if (f !== 0) aug.slice(i).isub(pivotRow.mul(f));
    }
  }
  return aug.slice(`:, ${n}:`).copy();
}

function matmul(A: NDArray, B: NDArray): NDArray {
  const [n, m] = A.shape;
  const p = B.shape[1];
  const out = zeros([n, p]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      let acc = 0;
      for (let k = 0; k < m; k++) acc += A.get(i, k) * B.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

/** Averages mirrored entries so round-off does not break symmetry; writes in place. */
function symmetrize(M: NDArray): void {
  const n = M.shape[0];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const avg = 0.5 * (M.get(i, j) + M.get(j, i));
      M.set([i, j], avg);
      M.set([j, i], avg);
    }
  }
}

function maxOffIdentity(M: NDArray): number {
  const n = M.shape[0];
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const target = i === j ? 1 : 0;
      worst = Math.max(worst, Math.abs(M.get(i, j) - target));
    }
  }
  return worst;
}

const cov = array([
  [4.0, 1.2, 0.4],
  [1.2, 3.0, 0.9],
  [0.4, 0.9, 2.0],
]);
const ridge = 0.05;

// the trace is read from a diagonal view before the ridge is added, and that view is not used again
const diagBefore = cov.diagonal();
console.log("trace before ridge:", diagBefore.sum().toFixed(3));
for (let i = 0; i < cov.shape[0]; i++) {
  cov.set([i, i], cov.get(i, i) + ridge);
}
const diagAfter = cov.diagonal();
console.log("trace after ridge:", diagAfter.sum().toFixed(3));

const precision = invert(cov);
symmetrize(precision);
const check = matmul(cov, precision);
console.log("precision:", precision.tolist());
console.log("max |cov * precision - I|:", maxOffIdentity(check).toExponential(2));

// conditional variances are the reciprocals of the precision diagonal
const condVar = precision.diagonal().copy();
for (let i = 0; i < condVar.size; i++) condVar.set(i, 1 / condVar.get(i));
console.log("conditional variances:", condVar.tolist());
console.log("marginal variances:", cov.diagonal().tolist());
