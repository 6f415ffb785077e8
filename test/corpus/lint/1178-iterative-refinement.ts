// Iterative refinement for a diagonally dominant system: Jacobi solves, residual norms and correction steps.
import { array, zeros, NDArray } from "ndalias";

function matvec(A: NDArray, x: NDArray): NDArray {
  const n = x.size;
  const y = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A.get(i, j) * x.get(j);
    y.set(i, s);
  }
  return y;
}

// Residual norm ||b - A x||.
export function residualNorm(A: NDArray, x: NDArray, b: NDArray): number {
  const n = b.size;
  const r = b;
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let j = 0; j < n; j++) dot += A.get(i, j) * x.get(j);
    r.set(i, r.get(i) - dot); // expect: no-alias-mutation
  }
  return Math.sqrt(r.mul(r).sum());
}

export function residualVector(A: NDArray, x: NDArray, b: NDArray): NDArray {
  const r = b.copy();
  r.isub(matvec(A, x));
  return r;
}

export function jacobiSolve(A: NDArray, b: NDArray, sweeps: number): NDArray {
  const n = b.size;
  let x = zeros(n);
  for (let s = 0; s < sweeps; s++) {
    const next = zeros(n);
    for (let i = 0; i < n; i++) {
      let sigma = 0;
      for (let j = 0; j < n; j++) if (j !== i) sigma += A.get(i, j) * x.get(j);
      next.set(i, (b.get(i) - sigma) / A.get(i, i));
    }
    x = next;
  }
  return x;
}

export function refine(A: NDArray, b: NDArray, rounds: number): NDArray {
  const x = jacobiSolve(A, b, 3);
  for (let k = 0; k < rounds; k++) {
    const r = residualVector(A, x, b);
    const dx = jacobiSolve(A, r, 3);
    x.iadd(dx);
  }
  return x;
}

function checkDominance(A: NDArray): boolean {
  const n = A.shape[0];
  for (let i = 0; i < n; i++) {
    let off = 0;
    for (let j = 0; j < n; j++) if (j !== i) off += Math.abs(A.get(i, j));
    if (Math.abs(A.get(i, i)) <= off) return false;
  }
  return true;
}

const A = array([
  [10, -1, 2, 0],
  [-1, 11, -1, 3],
  [2, -1, 10, -1],
  [0, 3, -1, 8],
]);
const b = array([6, 25, -11, 15]);

console.log("diagonally dominant:", checkDominance(A));
const rough = jacobiSolve(A, b, 3);
console.log("rough residual:", residualNorm(A, rough, b).toExponential(3));
const refined = refine(A, b, 4);
console.log("refined solution:", refined.tolist());
console.log("refined residual:", Math.sqrt(residualVector(A, refined, b).mul(residualVector(A, refined, b)).sum()).toExponential(3));
console.log("right-hand side:", b.tolist());
