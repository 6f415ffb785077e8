// Jacobi and Gauss-Seidel solvers for a diagonally dominant heat-conduction system, both started from one initial guess.
import { array, zeros, NDArray } from "ndalias";

export function residualNorm(A: NDArray, b: NDArray, x: NDArray): number {
  const n = b.size;
  let sq = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A.get(i, j) * x.get(j);
    sq += (b.get(i) - s) ** 2;
  }
  return Math.sqrt(sq);
}

export function jacobi(A: NDArray, b: NDArray, x0: NDArray, iters: number): NDArray {
  const n = b.size;
  const x = x0.ravel();
  const next = zeros(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let sigma = 0;
      for (let j = 0; j < n; j++) {
        if (j !== i) sigma += A.get(i, j) * x.get(j);
      }
      next.set(i, (b.get(i) - sigma) / A.get(i, i));
    }
    x.assign(":", next); // expect: no-view-mutation
  }
  return x;
}

export function gaussSeidel(A: NDArray, b: NDArray, x0: NDArray, iters: number): NDArray {
  const n = b.size;
  const x = x0.flatten();
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let sigma = 0;
      for (let j = 0; j < n; j++) {
        if (j !== i) sigma += A.get(i, j) * x.get(j);
      }
      x.set(i, (b.get(i) - sigma) / A.get(i, i));
    }
  }
  return x;
}

const conduction = array([
  [4, -1, 0, 0],
  [-1, 4, -1, 0],
  [0, -1, 4, -1],
  [0, 0, -1, 4],
]);
const heatSources = array([15, 10, 10, 15]);
const initialGuess = zeros(4);

const xJacobi = jacobi(conduction, heatSources, initialGuess, 10);
const xSeidel = gaussSeidel(conduction, heatSources, initialGuess, 10);

console.log("jacobi:", xJacobi.tolist(), "residual", residualNorm(conduction, heatSources, xJacobi).toExponential(2));
console.log("gauss-seidel:", xSeidel.tolist(), "residual", residualNorm(conduction, heatSources, xSeidel).toExponential(2));
console.log("initial guess:", initialGuess.tolist());
