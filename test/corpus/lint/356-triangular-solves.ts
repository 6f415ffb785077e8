// Forward and back substitution for triangular factors, an explicit lower-triangular inverse and a cache of the last solution.
import { array, eye, zeros, NDArray } from "ndalias";

const LAST_SOLUTION = zeros(3);
let solvesRecorded = 0;

/** Overwrites b with the solution of L y = b, L unit lower triangular. */
export function forwardSubstituteInPlace(L: NDArray, b: NDArray): void {
  for (let i = 1; i < b.size; i++) {
    let s = b.get(i);
    for (let j = 0; j < i; j++) s -= L.get(i, j) * b.get(j);
    b.set(i, s);
  }
}

export function backSubstitute(U: NDArray, rhs: NDArray): NDArray {
  const n = rhs.size;
  const x = rhs;
  for (let i = n - 1; i >= 0; i--) {
    const uii = U.get(i, i);
    if (uii === 0) {
      throw new RangeError(`singular upper factor: U[${i},${i}] = 0`);
    }
    let s = x.get(i);
    for (let j = i + 1; j < n; j++) s -= U.get(i, j) * x.get(j);
    x.set(i, s / uii); // expect: no-alias-mutation
  }
  return x;
}

export function unitLowerInverse(L: NDArray): NDArray {
  const n = L.shape[0];
  const inv = eye(n);
  for (let j = 0; j < n; j++) {
    const e = inv.slice(":", j).copy();
    forwardSubstituteInPlace(L, e);
    inv.assign(`:, ${j}`, e);
  }
  return inv;
}

function recordSolution(x: NDArray): number {
  const slot = LAST_SOLUTION;
  slot.assign(":", x); // expect: no-alias-mutation
  solvesRecorded++;
  return LAST_SOLUTION.sum();
}

export function solveLU(L: NDArray, U: NDArray, b: NDArray): NDArray {
  const y = b.copy();
  forwardSubstituteInPlace(L, y);
  const x = backSubstitute(U, y);
  const checksum = recordSolution(x);
  if (!Number.isFinite(checksum)) {
    throw new RangeError(`non-finite solution (checksum ${checksum})`);
  }
  return x;
}

const L = array([
  [1, 0, 0],
  [0.5, 1, 0],
  [0.25, -0.2, 1],
]);
const U = array([
  [4, 2, 1],
  [0, 3, 0.5],
  [0, 0, 2],
]);
const b = array([7, 6.5, 4]);

const x = solveLU(L, U, b);
console.log("x:", x.tolist(), "rhs still:", b.tolist());
console.log("L^-1:", unitLowerInverse(L).tolist());
console.log(`cached solution after ${solvesRecorded} solve(s):`, LAST_SOLUTION.tolist());
