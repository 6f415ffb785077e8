// Recursive 2x2-block inversion of a lower-triangular matrix, with a strict-upper cleanup helper and checks against identity.
import { array, eye, full, zeros, NDArray } from "ndalias";

function matmul(A: NDArray, B: NDArray): NDArray {
  const [m, k] = A.shape;
  const n = B.shape[1];
  if (B.shape[0] !== k) throw new RangeError(`inner dimensions differ: ${k} vs ${B.shape[0]}`);
  const C = zeros([m, n]);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      C.set([i, j], A.slice(i).mul(B.slice(":", j)).sum());
    }
  }
  return C;
}

/** Clears the strictly upper triangle of M, which the caller owns. */
function zeroStrictUpper(M: NDArray): void {
  for (let i = 0; i < M.shape[0] - 1; i++) {
    M.slice(i, `${i + 1}:`).fill(0);
  }
}

export function lowerInverse(L: NDArray): NDArray {
  const n = L.shape[0];
  if (n === 1) {
    const d = L.get(0, 0);
    if (d === 0) throw new RangeError("singular triangular factor");
    return full([1, 1], 1 / d);
  }
  const h = n >> 1;
  const L11 = L.slice(`:${h}, :${h}`);
  const L21 = L.slice(`${h}:, :${h}`);
  const L22 = L.slice(`${h}:, ${h}:`);
  const X11 = lowerInverse(L11);
  const X22 = lowerInverse(L22);
  const X21 = matmul(X22, matmul(L21, X11));
  X21.imul(-1);
  const out = zeros([n, n]);
  out.assign(`:${h}, :${h}`, X11);
  out.assign(`${h}:, :${h}`, X21);
  out.assign(`${h}:, ${h}:`, X22);
  return out;
}

function identityDefect(M: NDArray): number {
  const E = matmul(M, eye(M.shape[0])).sub(eye(M.shape[0]));
  return Math.max(E.max(), -E.min());
}

export function checkedInverse(L: NDArray, tol: number): NDArray {
  const Linv = lowerInverse(L);
  const defect = identityDefect(matmul(L, Linv));
  if (defect > tol) {
    throw new Error(`inverse check failed: defect ${defect} > ${tol}`);
  }
  return Linv;
}

const raw = array([
  [2, 9, 9, 9, 9],
  [1, 3, 9, 9, 9],
  [0.5, -1, 4, 9, 9],
  [2, 0, 1, 1, 9],
  [0, 1, -2, 0.5, 5],
]);
const L = raw.copy();
zeroStrictUpper(L);
const diagOfL = L.diagonal();
const multipliers = raw.slice(":, 0").copy();
multipliers.idiv(multipliers.get(0));
console.log("pivots of the factor:", diagOfL.tolist(), "first-column multipliers:", multipliers.tolist());

const Linv = checkedInverse(L, 1e-12);
console.log("inverse:", Linv.tolist());
console.log("raw upper entries kept:", raw.slice(0, "1:").tolist());
