// Cache-blocked matrix multiplication with tile accumulators, compared against the naive triple loop.
import { arange, zeros, NDArray } from "ndalias";

const TILE = 2;

function naiveMatmul(A: NDArray, B: NDArray): NDArray {
  const [m, k] = A.shape;
  const n = B.shape[1];
  const C = zeros([m, n]);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A.get(i, p) * B.get(p, j);
      C.set([i, j], s);
    }
  }
  return C;
}

function tileProduct(At: NDArray, Bt: NDArray): NDArray {
  const [m, k] = At.shape;
  const n = Bt.shape[1];
  const acc = zeros([m, n]);
  for (let p = 0; p < k; p++) {
    for (let i = 0; i < m; i++) {
      const a = At.get(i, p);
      for (let j = 0; j < n; j++) acc.set([i, j], acc.get(i, j) + a * Bt.get(p, j));
    }
  }
  return acc;
}

export function blockedMatmul(A: NDArray, B: NDArray): NDArray {
  const [m, k] = A.shape;
  const n = B.shape[1];
  const C = zeros([m, n]);
  for (let i0 = 0; i0 < m; i0 += TILE) {
    const i1 = Math.min(i0 + TILE, m);
    for (let j0 = 0; j0 < n; j0 += TILE) {
      const j1 = Math.min(j0 + TILE, n);
      for (let p0 = 0; p0 < k; p0 += TILE) {
        const p1 = Math.min(p0 + TILE, k);
        const Atile = A.slice(`${i0}:${i1}, ${p0}:${p1}`);
        const Btile = B.slice(`${p0}:${p1}, ${j0}:${j1}`);
        C.slice(`${i0}:${i1}, ${j0}:${j1}`).iadd(tileProduct(Atile, Btile));
      }
    }
  }
  return C;
}

export function scaledGram(A: NDArray, scale: number): NDArray {
  // scale * A^T A through a copy of the transposed view: the view itself is never written.
  const At = A.T.copy();
  At.imul(scale);
  return blockedMatmul(At, A);
}

function maxDiff(X: NDArray, Y: NDArray): number {
  const d = X.sub(Y);
  return Math.max(d.max(), -d.min());
}

const A = arange(0, 15).reshape(5, 3);
const B = arange(1, 13).reshape(3, 4);
A.idiv(10);
B.isub(6);

const fast = blockedMatmul(A, B);
const slow = naiveMatmul(A, B);
console.log("blocked product:", fast.tolist());
console.log("max difference from naive:", maxDiff(fast, slow));

const gram = scaledGram(A, 0.5);
console.log("Gram matrix:", gram.tolist());
console.log("Gram trace:", gram.get(0, 0) + gram.get(1, 1) + gram.get(2, 2));

const scratch = zeros([5, 4]);
scratch.iadd(fast);
scratch.isub(slow);
console.log("scratch residual sum:", scratch.sum(), "A sum:", A.sum(), "B sum:", B.sum());
