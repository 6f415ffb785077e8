// Dominant eigenpairs of a symmetric matrix by power iteration with Hotelling deflation, recursing for the next pairs.
// runnable
import { array, ones, zeros, NDArray } from "ndalias";

interface Eigenpair {
  value: number;
  vector: NDArray;
}

function matvec(A: NDArray, x: NDArray): NDArray {
  const out = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(x).sum());
  return out;
}

function normalize(v: NDArray): NDArray {
  const nrm = Math.sqrt(v.mul(v).sum());
  if (nrm === 0) {
    throw new RangeError("cannot normalise the zero vector");
  }
  v.idiv(nrm); // expect: no-alias-mutation
  return v;
}

function leadingBlock(M: NDArray, k: number): NDArray {
  return M.slice(`:${k}, :${k}`);
}

export function powerIteration(A: NDArray, maxIter = 500, tol = 1e-12): Eigenpair {
  const n = A.shape[0];
  let v = ones(n).div(Math.sqrt(n));
  let lambda = 0;
  for (let k = 0; k < maxIter; k++) {
    const w = matvec(A, v);
    const rayleigh = v.mul(w).sum();
    const next = normalize(w);
    const delta = next.sub(v);
    v = next;
    if (Math.abs(rayleigh - lambda) < tol * Math.max(1, Math.abs(rayleigh)) && delta.mul(delta).sum() < 1e-20) {
      lambda = rayleigh;
      break;
    }
    lambda = rayleigh;
  }
  return { value: lambda, vector: v };
}

function deflate(A: NDArray, pair: Eigenpair): NDArray {
  const n = A.shape[0];
  const B = A.copy();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      B.set([i, j], B.get(i, j) - pair.value * pair.vector.get(i) * pair.vector.get(j));
    }
  }
  return B;
}

export function topEigenpairs(A: NDArray, count: number): Eigenpair[] {
  if (count <= 0) return [];
  const pair = powerIteration(A);
  if (Math.abs(pair.value) < 1e-12) return [pair];
  return [pair, ...topEigenpairs(deflate(A, pair), count - 1)];
}

const stiffness = array([
  [6, 2, 1, 0],
  [2, 5, 2, 1],
  [1, 2, 4, 1],
  [0, 1, 1, 3],
]);

const pairs = topEigenpairs(stiffness, 2);
for (const p of pairs) {
  console.log(`lambda = ${p.value.toFixed(6)}, v =`, (p.vector.tolist() as number[]).map((c) => c.toFixed(4)).join(" "));
}

const lead = leadingBlock(stiffness, 2);
lead.imul(0.5); // expect: no-view-mutation
console.log("softened leading block:", lead.tolist());
console.log("dominant eigenvalue of the full matrix:", powerIteration(stiffness).value);
