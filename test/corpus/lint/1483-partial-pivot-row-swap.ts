// LU factorisation with partial pivoting computed in place on a working copy (P·A = L·U), with a row-swap helper, then checked against the permuted original.
// runnable
import { array, arange, zeros, NDArray } from "ndalias";

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

/** Exchanges rows k and p of M in place. */
function swapRows(M: NDArray, k: number, p: number): void {
  if (k === p) return;
  const rowK = M.slice(k);
  M.assign(k, M.slice(p)); // expect: no-view-mutation
  M.assign(p, rowK);
}

/** Exchanges entries k and p of an index vector in place. */
function swapEntries(v: NDArray, k: number, p: number): void {
  const t = v.get(k) as number;
  v.set(k, v.get(p) as number);
  v.set(p, t);
}

/**
 * Overwrites M with its packed LU factors (unit lower L below the diagonal,
 * U on and above it) and records the row permutation in perm.
 */
function luInPlace(M: NDArray, perm: NDArray): void {
  const n = M.shape[0];
  for (let k = 0; k < n - 1; k++) {
    let p = k;
    let best = Math.abs(M.get(k, k) as number);
    for (let i = k + 1; i < n; i++) {
      const candidate = Math.abs(M.get(i, k) as number);
      if (candidate > best) {
        best = candidate;
        p = i;
      }
    }
    if (best < 1e-12) {
      console.warn(`column ${k} has no usable pivot; matrix is singular`);
      continue;
    }
    swapRows(M, k, p);
    swapEntries(perm, k, p);
    const pivot = M.get(k, k) as number;
    for (let i = k + 1; i < n; i++) {
      const factor = (M.get(i, k) as number) / pivot;
      M.set([i, k], factor);
      M.slice(i, `${k + 1}:`).isub(M.slice(k, `${k + 1}:`).mul(factor));
    }
  }
}

function unpack(LU: NDArray): { L: NDArray; U: NDArray } {
  const n = LU.shape[0];
  const L = zeros([n, n]);
  const U = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = LU.get(i, j) as number;
      if (j < i) L.set([i, j], value);
      else U.set([i, j], value);
    }
    L.set([i, i], 1);
  }
  return { L, U };
}

const A = array([
  [1, 2, 3, 1],
  [4, 5, 6, 2],
  [7, 8, 10, 3],
  [2, 1, 1, 9],
]);

const work = A.copy();
const perm = arange(0, A.shape[0]);
luInPlace(work, perm);

const { L, U } = unpack(work);
console.log("row order:", perm.tolist());
console.log("U:", U.tolist());

// P·A is the original matrix with its rows taken in pivot order.
const order: number[] = [];
for (let i = 0; i < perm.size; i++) order.push(perm.get(i) as number);
const PA = A.take(order, 0);
const LU = matmul(L, U);
const err = LU.sub(PA);
console.log("max |L·U - P·A|:", Math.max(err.max(), -err.min()).toExponential(2));

let det = 1;
for (let i = 0; i < U.shape[0]; i++) det *= U.get(i, i) as number;
let swaps = 0;
for (let i = 0; i < order.length; i++) if (order[i] !== i) swaps++;
console.log("|det A| from U:", Math.abs(det).toFixed(4), "rows moved:", swaps);
