// Householder QR computed in place on a copy with the reflectors kept aside, used to solve an overdetermined system and verified against the original matrix.
import { array, zeros, NDArray } from "ndalias";

function dot(u: NDArray, v: NDArray): number {
  return u.mul(v).sum();
}

/**
 * Reduces M to upper-triangular form with Householder reflections, in place.
 * The unit reflector vectors are appended to `reflectors` (one per column).
 */
function householderInPlace(M: NDArray, reflectors: NDArray[]): void {
  const [m, n] = M.shape;
  for (let k = 0; k < Math.min(m - 1, n); k++) {
    const column = M.slice(`${k}:`, k);
    const alpha = Math.sqrt(dot(column, column));
    const v = column.copy();
    if (alpha < 1e-14) {
      reflectors.push(zeros(m - k));
      continue;
    }
    const sign = (v.get(0) as number) >= 0 ? 1 : -1;
    v.set(0, (v.get(0) as number) + sign * alpha);
    v.idiv(Math.sqrt(dot(v, v)));
    reflectors.push(v);
    for (let j = k; j < n; j++) {
      const proj = 2 * dot(v, M.slice(`${k}:`, j));
      M.slice(`${k}:`, j).isub(v.mul(proj));
    }
    M.slice(`${k + 1}:`, k).fill(0);
  }
}

/** Returns Qᵀ b using the stored reflectors, leaving b untouched. */
function applyQt(reflectors: NDArray[], b: NDArray): NDArray {
  const y = b.copy();
  reflectors.forEach((v, k) => {
    const proj = 2 * dot(v, y.slice(`${k}:`));
    y.slice(`${k}:`).isub(v.mul(proj));
  });
  return y;
}

function backSubstitute(U: NDArray, c: NDArray): NDArray {
  const n = U.shape[1];
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = c.get(i) as number;
    for (let j = i + 1; j < n; j++) s -= (U.get(i, j) as number) * (x.get(j) as number);
    x.set(i, s / (U.get(i, i) as number));
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

// Fit y ≈ c0 + c1 t + c2 t² to five samples.
const A = array([
  [1, -2, 4],
  [1, -1, 1],
  [1, 0, 0],
  [1, 1, 1],
  [1, 2, 4],
]);
const b = array([4.2, 0.9, 0.1, 1.1, 3.8]);

const R = A.copy();
const reflectors: NDArray[] = [];
householderInPlace(R, reflectors);

// Views of the finished factor, made after it was computed.
const n = A.shape[1];
const Rsquare = R.slice(`:${n}`);
const c = applyQt(reflectors, b);
const coef = backSubstitute(Rsquare, c.slice(`:${n}`));
console.log("coefficients:", coef.tolist());
console.log("residual norm from Qᵀb:", Math.sqrt(dot(c.slice(`${n}:`), c.slice(`${n}:`))).toFixed(6));

// Verification against the untouched inputs.
const residual = b.sub(matvec(A, coef));
console.log("residual norm from A·x:", Math.sqrt(dot(residual, residual)).toFixed(6));
const normalEq = zeros(n);
for (let j = 0; j < n; j++) normalEq.set(j, dot(A.slice(":", j), residual));
console.log("Aᵀ r (should vanish):", normalEq.tolist());

// Qᵀ A must reproduce R column by column.
let worst = 0;
for (let j = 0; j < n; j++) {
  const qtaj = applyQt(reflectors, A.slice(":", j));
  const diff = qtaj.sub(R.slice(":", j));
  worst = Math.max(worst, diff.max(), -diff.min());
}
console.log("max |QᵀA - R|:", worst.toExponential(2));
