// Arnoldi iteration with modified Gram–Schmidt: builds an orthonormal Krylov basis and the Hessenberg matrix, then verifies A·V_m = V_{m+1}·H and the basis orthogonality.
import { array, zeros, NDArray } from "ndalias";

function dot(u: NDArray, v: NDArray): number {
  return u.mul(v).sum();
}

function norm(v: NDArray): number {
  return Math.sqrt(dot(v, v));
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

function matvec(M: NDArray, v: NDArray): NDArray {
  return matmul(M, v.reshape(v.size, 1)).ravel();
}

/** Scales every column of M to unit length, in place. */
function normaliseColumns(M: NDArray): void {
  for (let j = 0; j < M.shape[1]; j++) {
    const len = norm(M.slice(":", j));
    if (len > 0) M.slice(":", j).idiv(len);
  }
}

/** m steps of Arnoldi on A from the start vector b. */
export function arnoldi(A: NDArray, b: NDArray, m: number): { V: NDArray; H: NDArray; steps: number } {
  const n = b.size;
  const V = zeros([n, m + 1]);
  const H = zeros([m + 1, m]);
  let w: NDArray = b;
  w = w.div(norm(b));
  V.assign(":, 0", w);
  let steps = 0;
  for (let j = 0; j < m; j++) {
    w = matvec(A, V.slice(":", j));
    for (let i = 0; i <= j; i++) {
      const vi = V.slice(":", i);
      const hij = dot(w, vi);
      H.set([i, j], hij);
      w = w.sub(vi.mul(hij));
    }
    const h = norm(w);
    H.set([j + 1, j], h);
    steps = j + 1;
    if (h < 1e-12) break;
    w.idiv(h);
    V.assign(`:, ${j + 1}`, w);
  }
  return { V, H, steps };
}

const A = array([
  [4, 1, 0, 0, 1],
  [1, 3, 1, 0, 0],
  [0, 1, 2, 1, 0],
  [0, 0, 1, 3, 1],
  [1, 0, 0, 1, 4],
]);
const b = array([1, 2, 0, -1, 0.5]);
const m = 3;

const { V, H, steps } = arnoldi(A, b, m);
console.log("Arnoldi steps:", steps);
console.log("H:", H.tolist());

// Relation A·V_m = V_{m+1}·H on the original operator.
const Vm = V.slice(":", `:${m}`);
const lhs = matmul(A, Vm);
const rhs = matmul(V, H);
const gap = lhs.sub(rhs);
console.log("max |A·V_m - V_{m+1}·H|:", Math.max(gap.max(), -gap.min()).toExponential(2));

// Orthonormality of the basis.
const gram = matmul(V.T, V);
let offDiag = 0;
for (let i = 0; i < gram.shape[0]; i++) {
  for (let j = 0; j < gram.shape[1]; j++) {
    const target = i === j ? 1 : 0;
    offDiag = Math.max(offDiag, Math.abs((gram.get(i, j) as number) - target));
  }
}
console.log("max |VᵀV - I|:", offDiag.toExponential(2));

// Ritz estimate of the dominant eigenvalue from the first Hessenberg column.
const firstColumn = H.slice(":", 0);
console.log("Rayleigh quotient of b:", (firstColumn.get(0) as number).toFixed(6));

// Rescale an unnormalised Krylov matrix [b, Ab, A²b] for comparison plots.
const krylov = zeros([b.size, m]);
let power: NDArray = b.copy();
for (let j = 0; j < m; j++) {
  krylov.assign(`:, ${j}`, power);
  power = matvec(A, power);
}
normaliseColumns(krylov);
console.log("normalised Krylov vectors:", krylov.tolist());
console.log("start vector unchanged:", b.tolist());
