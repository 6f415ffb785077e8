// Matrix norms: Frobenius, 1- and infinity-norms from absolute copies, a power-iteration 2-norm estimate and a condition estimate.
import { array, ones, NDArray } from "ndalias";

export function frobenius(A: NDArray): number {
  return Math.sqrt(A.mul(A).sum());
}

function absCopy(A: NDArray): NDArray {
  const out = A.copy();
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.abs(out.data[i] as number);
  }
  return out;
}

export function normInf(A: NDArray): number {
  const abs = absCopy(A);
  let best = 0;
  for (let i = 0; i < abs.shape[0]; i++) {
    best = Math.max(best, abs.slice(i).sum());
  }
  return best;
}

export function norm1(A: NDArray): number {
  const absT = A.T.copy();
  for (let i = 0; i < absT.shape[0]; i++) {
    for (let j = 0; j < absT.shape[1]; j++) {
      absT.set([i, j], Math.abs(absT.get(i, j)));
    }
  }
  let best = 0;
  for (let i = 0; i < absT.shape[0]; i++) best = Math.max(best, absT.slice(i).sum());
  return best;
}

function matvec(A: NDArray, x: NDArray): NDArray {
  const rows: number[] = [];
  for (let i = 0; i < A.shape[0]; i++) rows.push(A.slice(i).mul(x).sum());
  return array(rows);
}

export function norm2Estimate(A: NDArray, iters = 50, tol = 1e-12): number {
  const At = A.T;
  let v = ones(A.shape[1]);
  v = v.div(Math.sqrt(v.mul(v).sum()));
  let sigma = 0;
  for (let k = 0; k < iters; k++) {
    const w = matvec(At, matvec(A, v));
    const nrm = Math.sqrt(w.mul(w).sum());
    if (nrm === 0) return 0;
    const next = Math.sqrt(nrm);
    v = w.div(nrm);
    if (Math.abs(next - sigma) <= tol * next) {
      sigma = next;
      break;
    }
    sigma = next;
  }
  return sigma;
}

export function medianAbsEntry(A: NDArray): number {
  const sorted = absCopy(A).flatten();
  sorted.sort();
  const mid = sorted.size >> 1;
  return sorted.size % 2 ? sorted.get(mid) : 0.5 * (sorted.get(mid - 1) + sorted.get(mid));
}

export function conditionEstimate(A: NDArray, Ainv: NDArray, kind: "1" | "inf" | "fro"): number {
  switch (kind) {
    case "1":
      return norm1(A) * norm1(Ainv);
    case "inf":
      return normInf(A) * normInf(Ainv);
    default:
      return frobenius(A) * frobenius(Ainv);
  }
}

const A = array([
  [2, -1, 0],
  [-1, 2, -1],
  [0, -1, 2],
]);
const Ainv = array([
  [0.75, 0.5, 0.25],
  [0.5, 1.0, 0.5],
  [0.25, 0.5, 0.75],
]);
let scaled = A;
scaled = scaled.mul(10);
scaled.set([0, 0], 25);

console.log("||A||_F =", frobenius(A), "||A||_1 =", norm1(A), "||A||_inf =", normInf(A));
console.log("||A||_2 ~", norm2Estimate(A), "median |a_ij| =", medianAbsEntry(A));
console.log("kappa_1 =", conditionEstimate(A, Ainv, "1"), "kappa_F =", conditionEstimate(A, Ainv, "fro"));
console.log("scaled matrix:", scaled.tolist(), "||scaled||_inf =", normInf(scaled));
