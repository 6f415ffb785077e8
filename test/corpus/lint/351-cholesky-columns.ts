// Column-oriented Cholesky factorisation with a symmetrising pre-pass, a two-triangle solve and a reconstruction check.
import { array, zeros, NDArray } from "ndalias";

/** Replaces A by (A + A^T) / 2; callers hand in a scratch matrix they own. */
function symmetrizeInPlace(A: NDArray): void {
  const n = A.shape[0];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const m = 0.5 * (A.get(i, j) + A.get(j, i));
      A.set([i, j], m);
      A.set([j, i], m);
    }
  }
}

export function cholesky(A: NDArray): NDArray {
  const n = A.shape[0];
  const L = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    let d = A.get(j, j);
    for (let k = 0; k < j; k++) d -= L.get(j, k) ** 2;
    if (!(d > 0)) {
      throw new RangeError(`matrix is not positive definite: pivot ${d} in column ${j}`);
    }
    const ljj = Math.sqrt(d);
    L.set([j, j], ljj);
    if (j === n - 1) break;
    for (let i = j + 1; i < n; i++) {
      let s = A.get(i, j);
      for (let k = 0; k < j; k++) s -= L.get(i, k) * L.get(j, k);
      L.set([i, j], s);
    }
    L.slice(`${j + 1}:, ${j}`).idiv(ljj);
  }
  return L;
}

export function choleskySolve(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const y = b.copy();
  for (let i = 0; i < n; i++) {
    let s = y.get(i);
    for (let k = 0; k < i; k++) s -= L.get(i, k) * y.get(k);
    y.set(i, s / L.get(i, i));
  }
  const Lt = L.T;
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i);
    for (let k = i + 1; k < n; k++) s -= Lt.get(i, k) * y.get(k);
    y.set(i, s / Lt.get(i, i));
  }
  return y;
}

function reconstructionError(A: NDArray, L: NDArray): number {
  const Lt = L.T;
  let worst = 0;
  for (let i = 0; i < A.shape[0]; i++) {
    for (let j = 0; j < A.shape[1]; j++) {
      const lij = L.slice(i).mul(Lt.slice(":", j)).sum();
      worst = Math.max(worst, Math.abs(lij - A.get(i, j)));
    }
  }
  return worst;
}

const measured = array([
  [4.0, 1.2, 0.4],
  [1.0, 3.0, 0.5],
  [0.4, 0.7, 2.0],
]);
const work = measured.copy();
symmetrizeInPlace(work);
const L = cholesky(work);
console.log("L:", L.tolist());
console.log("reconstruction error:", reconstructionError(work, L));

const rhs = array([1, 2, 3]);
const target = rhs;
console.log("rhs norm before scaling:", Math.sqrt(target.mul(target).sum()));
rhs.imul(0.5);
const head = rhs.slice(":2");
console.log("scaled rhs head:", head.tolist());

const x = choleskySolve(L, rhs);
console.log("solution:", x.tolist(), "raw matrix trace:", measured.diagonal().sum());
