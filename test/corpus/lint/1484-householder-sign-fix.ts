// Householder QR of a small matrix with a post-pass that makes R's diagonal positive and flushes round-off below the diagonal, then checks Q·R.
import { array, eye, zeros, NDArray } from "ndalias";

function norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

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

/** Householder QR: returns Q (m×m) and R (m×n) with A = Q·R. */
export function householderQR(A: NDArray): { Q: NDArray; R: NDArray } {
  const [m, n] = A.shape;
  const R = A.copy();
  const Q = eye(m);
  for (let k = 0; k < Math.min(m - 1, n); k++) {
    const v = R.slice(`${k}:`, k).copy();
    const alpha = norm(v);
    if (alpha < 1e-14) continue;
    const sign = (v.get(0) as number) >= 0 ? 1 : -1;
    v.set(0, (v.get(0) as number) + sign * alpha);
    v.idiv(norm(v));
    for (let j = k; j < n; j++) {
      const proj = 2 * v.mul(R.slice(`${k}:`, j)).sum();
      R.slice(`${k}:`, j).isub(v.mul(proj));
    }
    for (let i = 0; i < m; i++) {
      const proj = 2 * v.mul(Q.slice(i, `${k}:`)).sum();
      Q.slice(i, `${k}:`).isub(v.mul(proj));
    }
  }
  return { Q, R };
}

/**
 * Post-processing for a unique factorisation: flips the sign of each row of R
 * (and column of Q) whose diagonal entry is negative, and flushes entries
 * below R's diagonal that are pure round-off.
 */
export function normaliseQR(Q: NDArray, R: NDArray, tol: number): void {
  const [m, n] = R.shape;
  for (let k = 0; k < Math.min(m, n); k++) {
    if ((R.get(k, k) as number) < 0) {
      Q.slice(":", k).imul(-1);
      const rowK = R.take([k], 0);
      rowK.imul(-1); // expect: no-lost-write
    }
  }
  for (let i = 1; i < m; i++) {
    for (let j = 0; j < Math.min(i, n); j++) {
      if (Math.abs(R.get(i, j) as number) < tol) {
        R.flatten().set(i * n + j, 0); // expect: no-lost-write
      }
    }
  }
}

function maxAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

const A = array([
  [12, -51, 4],
  [6, 167, -68],
  [-4, 24, -41],
  [2, -3, 7],
]);

const { Q, R } = householderQR(A);
normaliseQR(Q, R, 1e-10);

const diag: number[] = [];
for (let k = 0; k < R.shape[1]; k++) diag.push(R.get(k, k) as number);
console.log("diagonal of R:", diag.map((d) => d.toFixed(4)));
console.log("all positive:", diag.every((d) => d > 0));

let below = 0;
for (let i = 1; i < R.shape[0]; i++) {
  for (let j = 0; j < Math.min(i, R.shape[1]); j++) below = Math.max(below, Math.abs(R.get(i, j) as number));
}
console.log("largest entry below R's diagonal:", below);

const rebuilt = matmul(Q, R);
console.log("max |Q·R - A|:", maxAbs(rebuilt.sub(A)).toExponential(2));
const QtQ = matmul(Q.T, Q);
console.log("max |QᵀQ - I|:", maxAbs(QtQ.sub(eye(Q.shape[0]))).toExponential(2));

// Solve the square part R₁ x = (Qᵀ b)₁ for a least-squares fit.
const b = array([1, 2, 3, 4]);
const qtb = matmul(Q.T, b.reshape(4, 1)).ravel();
const n = R.shape[1];
const x = zeros(n);
for (let i = n - 1; i >= 0; i--) {
  let s = qtb.get(i) as number;
  for (let j = i + 1; j < n; j++) s -= (R.get(i, j) as number) * (x.get(j) as number);
  x.set(i, s / (R.get(i, i) as number));
}
console.log("least-squares solution:", x.tolist());
