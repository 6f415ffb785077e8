// Solves an upper-triangular system from a QR-based regression by back substitution, computes the residual against the right-hand side, and runs one step of iterative refinement.
import { array, zeros, NDArray } from "ndalias";

/** Solves U x = y for upper-triangular U, overwriting y with the solution. */
export function backSubstitute(U: NDArray, y: NDArray): NDArray {
  const n = y.size;
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i) as number;
    for (let j = i + 1; j < n; j++) {
      s -= (U.get(i, j) as number) * (y.get(j) as number);
    }
    y.set(i, s / (U.get(i, i) as number)); // expect: no-alias-mutation
  }
  return y;
}

/** Solves L x = b for lower-triangular L into a fresh vector. */
export function forwardSubstitute(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const x = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = b.get(i) as number;
    for (let j = 0; j < i; j++) s -= (L.get(i, j) as number) * (x.get(j) as number);
    x.set(i, s / (L.get(i, i) as number));
  }
  return x;
}

function matvec(M: NDArray, v: NDArray): NDArray {
  const [m, n] = M.shape;
  const out = zeros(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (M.get(i, j) as number) * (v.get(j) as number);
    out.set(i, s);
  }
  return out;
}

function norm2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

/** Condition estimate from the diagonal of a triangular factor. */
function diagonalConditionEstimate(T: NDArray): number {
  const d = T.diagonal();
  let lo = Infinity;
  let hi = 0;
  for (let i = 0; i < d.size; i++) {
    const a = Math.abs(d.get(i) as number);
    lo = Math.min(lo, a);
    hi = Math.max(hi, a);
  }
  return hi / lo;
}

// Upper factor from a previous QR step and the rotated observations Qᵀ b.
const R = array([
  [4.0, 1.0, -2.0, 0.5],
  [0.0, 3.0, 0.5, 1.0],
  [0.0, 0.0, 2.0, -1.0],
  [0.0, 0.0, 0.0, 1.5],
]);
const qtb = array([3.5, 4.5, 1.0, 3.0]);

console.log("diagonal condition estimate:", diagonalConditionEstimate(R).toFixed(3));

const x = backSubstitute(R, qtb);
console.log("solution:", x.tolist());

// Residual against the right-hand side the solver was given.
const r = qtb.sub(matvec(R, x));
console.log("residual norm:", norm2(r).toExponential(2));

// One refinement step in single precision, as the mixed-precision solver does.
const r32 = r.astype("float32");
const correction = backSubstitute(R, r32.astype("float64"));
x.iadd(correction); // expect: no-alias-mutation
console.log("refined solution:", x.tolist());

// Round the stored right-hand side for the log.
qtb.astype("float32").imul(1000); // expect: no-lost-write
console.log("rhs (x1000, single):", qtb.tolist());

// A lower-triangular sanity check on Rᵀ, which is lower triangular.
const Rt = R.T;
const z = forwardSubstitute(Rt, array([1, 0, 0, 0]));
console.log("first column of R⁻ᵀ:", z.tolist());
console.log("check Rᵀ z = e₁:", matvec(Rt, z).tolist());
