// Spring-chain stiffness model: applies a penalty support, solves K u = f by Cholesky, and builds a two-level multigrid hierarchy of the operators.
import { array, empty, zeros, NDArray } from "ndalias";

// Global stiffness matrix of four unit springs in series (free at both ends).
const STIFFNESS = array([
  [1, -1, 0, 0, 0],
  [-1, 2, -1, 0, 0],
  [0, -1, 2, -1, 0],
  [0, 0, -1, 2, -1],
  [0, 0, 0, -1, 1],
]);
const LOADS = zeros(5);

function choleskyInPlace(M: NDArray): void {
  const n = M.shape[0];
  for (let j = 0; j < n; j++) {
    let d = M.get(j, j) as number;
    for (let k = 0; k < j; k++) d -= (M.get(j, k) as number) ** 2;
    if (d <= 0) throw new Error(`stiffness matrix is singular at dof ${j}`);
    M.set([j, j], Math.sqrt(d));
    for (let i = j + 1; i < n; i++) {
      let s = M.get(i, j) as number;
      for (let k = 0; k < j; k++) s -= (M.get(i, k) as number) * (M.get(j, k) as number);
      M.set([i, j], s / (M.get(j, j) as number));
    }
    M.slice(j, `${j + 1}:`).fill(0);
  }
}

function choleskySolve(L: NDArray, f: NDArray): NDArray {
  const n = f.size;
  const u = f.copy();
  for (let i = 0; i < n; i++) {
    let s = u.get(i) as number;
    for (let k = 0; k < i; k++) s -= (L.get(i, k) as number) * (u.get(k) as number);
    u.set(i, s / (L.get(i, i) as number));
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = u.get(i) as number;
    for (let k = i + 1; k < n; k++) s -= (L.get(k, i) as number) * (u.get(k) as number);
    u.set(i, s / (L.get(i, i) as number));
  }
  return u;
}

/** Displacements with node 0 held by a stiff penalty spring. */
export function solveSupported(penalty: number): NDArray {
  const K = STIFFNESS;
  K.set([0, 0], (K.get(0, 0) as number) + penalty); // expect: no-alias-mutation
  const factor = K.copy();
  choleskyInPlace(factor);
  return choleskySolve(factor, LOADS);
}

/** Galerkin coarse operator Pᵀ K P for linear interpolation from 3 to 5 nodes. */
function coarsen(K: NDArray): NDArray {
  const P = zeros([5, 3]);
  P.set([0, 0], 1);
  P.set([1, 0], 0.5);
  P.set([1, 1], 0.5);
  P.set([2, 1], 1);
  P.set([3, 1], 0.5);
  P.set([3, 2], 0.5);
  P.set([4, 2], 1);
  const Kc = zeros([3, 3]);
  for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      let s = 0;
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) s += (P.get(i, a) as number) * (K.get(i, j) as number) * (P.get(j, b) as number);
      }
      Kc.set([a, b], s);
    }
  }
  return Kc;
}

/** Level table: slot 0 the operator, slot 1 the next level (coarser or finer). */
export function buildHierarchy(fine: NDArray): NDArray {
  const fineLevel = empty(2, "object");
  const coarseLevel = empty(2, "object");
  fineLevel.set(0, fine);
  fineLevel.set(1, coarseLevel);
  coarseLevel.set(0, coarsen(fine));
  coarseLevel.set(1, fineLevel); // expect: no-reference-cycle
  return fineLevel;
}

// Unit pull at the free end, applied through the module's own load vector.
LOADS.fill(0);
LOADS.set(4, 1);

const u = solveSupported(1e6);
console.log("displacements:", u.tolist());
console.log("tip displacement:", (u.get(4) as number).toFixed(4), "(expected 4.0000)");

// Element forces from the unsupported stiffness: adjacent displacement jumps.
const forces: number[] = [];
for (let e = 0; e < 4; e++) forces.push((u.get(e + 1) as number) - (u.get(e) as number));
console.log("spring forces:", forces.map((f) => f.toFixed(4)));

const hierarchy = buildHierarchy(STIFFNESS);
const coarse = hierarchy.get(1) as NDArray;
const coarseK = coarse.get(0) as NDArray;
console.log("coarse operator:", coarseK.tolist());
console.log("row sums of the global stiffness (free body → 0):", STIFFNESS.sum());
