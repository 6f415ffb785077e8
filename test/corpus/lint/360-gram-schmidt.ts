// Modified Gram-Schmidt QR with a reorthogonalised variant, sign normalisation of R and an orthogonality check.
import { array, zeros, NDArray } from "ndalias";

function orthogonalityError(Q: NDArray): number {
  const n = Q.shape[1];
  let worst = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const g = Q.slice(":", i).mul(Q.slice(":", j)).sum();
      worst = Math.max(worst, Math.abs(g - (i === j ? 1 : 0)));
    }
  }
  return worst;
}

export function mgs(A: NDArray): { Q: NDArray; R: NDArray } {
  const [m, n] = A.shape;
  const Q = zeros([m, n]);
  const R = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    const v = A.slice(":", j);
    for (let i = 0; i < j; i++) {
      const qi = Q.slice(":", i);
      const rij = qi.mul(v).sum();
      R.set([i, j], rij);
      v.isub(qi.mul(rij)); // expect: no-view-mutation
    }
    const rjj = Math.sqrt(v.mul(v).sum());
    if (rjj < 1e-14) {
      throw new RangeError(`column ${j} is numerically dependent on the previous ones`);
    }
    R.set([j, j], rjj);
    Q.assign(`:, ${j}`, v.div(rjj));
  }
  return { Q, R };
}

export function mgsTwice(A: NDArray): { Q: NDArray; R: NDArray } {
  const [m, n] = A.shape;
  const Q = zeros([m, n]);
  const R = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    const v = A.slice(":", j).copy();
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < j; i++) {
        const qi = Q.slice(":", i);
        const rij = qi.mul(v).sum();
        R.set([i, j], R.get(i, j) + rij);
        v.isub(qi.mul(rij));
      }
    }
    const rjj = Math.sqrt(v.mul(v).sum());
    if (rjj === 0) continue;
    R.set([j, j], rjj);
    Q.assign(`:, ${j}`, v.div(rjj));
  }
  return { Q, R };
}

export function positiveDiagonal(Q: NDArray, R: NDArray): void {
  for (let j = 0; j < R.shape[0]; j++) {
    if (R.get(j, j) >= 0) continue;
    R.slice(j).imul(-1);
    Q.take([j], 1).imul(-1); // expect: no-lost-write
  }
}

const A = array([
  [1, 1, 0],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
]);

const twice = mgsTwice(A);
positiveDiagonal(twice.Q, twice.R);
console.log("R (two passes):", twice.R.tolist());
console.log("orthogonality error (two passes):", orthogonalityError(twice.Q));

const once = mgs(A);
console.log("orthogonality error (one pass):", orthogonalityError(once.Q));
console.log("input columns after factorisation:", A.tolist());
