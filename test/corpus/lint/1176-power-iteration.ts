// Power iteration and inverse-free Rayleigh refinement for the dominant eigenpair of a symmetric matrix.
import { array, ones, zeros, NDArray } from "ndalias";

function matvec(A: NDArray, v: NDArray): NDArray {
  const n = v.size;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A.get(i, j) * v.get(j);
    out.set(i, s);
  }
  return out;
}

function norm2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function rayleigh(A: NDArray, v: NDArray): number {
  const Av = matvec(A, v);
  return Av.mul(v).sum() / v.mul(v).sum();
}

export interface EigenPair {
  value: number;
  vector: NDArray;
  iterations: number;
}

export function powerIteration(A: NDArray, tol: number, maxIter: number): EigenPair {
  let v = ones(A.shape[0]);
  v.idiv(norm2(v));
  let lambda = 0;
  let it = 0;
  for (; it < maxIter; it++) {
    const w = matvec(A, v);
    const nw = norm2(w);
    if (nw === 0) break;
    w.idiv(nw);
    const change = norm2(w.sub(v));
    v = w;
    const next = rayleigh(A, v);
    if (Math.abs(next - lambda) < tol && change < Math.sqrt(tol)) {
      lambda = next;
      break;
    }
    lambda = next;
  }
  return { value: lambda, vector: v, iterations: it };
}

export function deflate(A: NDArray, pair: EigenPair): NDArray {
  const n = A.shape[0];
  const B = A.copy();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      B.set([i, j], B.get(i, j) - pair.value * pair.vector.get(i) * pair.vector.get(j));
    }
  }
  return B;
}

export function topEigenpairs(A: NDArray, k: number): EigenPair[] {
  const pairs: EigenPair[] = [];
  let work = A;
  for (let i = 0; i < k; i++) {
    const pair = powerIteration(work, 1e-12, 500);
    pairs.push(pair);
    work = deflate(work, pair);
  }
  return pairs;
}

function signFix(v: NDArray): NDArray {
  let idx = 0;
  for (let i = 1; i < v.size; i++) if (Math.abs(v.get(i)) > Math.abs(v.get(idx))) idx = i;
  return v.get(idx) < 0 ? v.mul(-1) : v.copy();
}

const A = array([
  [4, 1, 0.5],
  [1, 3, 0.2],
  [0.5, 0.2, 1],
]);

const pairs = topEigenpairs(A, 2);
for (const p of pairs) {
  const vec = signFix(p.vector);
  vec.imul(100);
  console.log(`lambda=${p.value.toFixed(6)} after ${p.iterations} iterations, vector(%)=`, vec.tolist());
}
const check = matvec(A, pairs[0].vector).sub(pairs[0].vector.mul(pairs[0].value));
console.log("residual of the first pair:", norm2(check).toExponential(2));
console.log("trace preserved:", A.get(0, 0) + A.get(1, 1) + A.get(2, 2));
