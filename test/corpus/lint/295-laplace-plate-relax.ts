// Relaxes the 2-D Laplace equation on a plate with a hot top edge, by a convergence-checked sweep or a fixed-count Jacobi double buffer.
import { zeros, NDArray } from "ndalias";

enum Scheme {
  UntilConverged,
  FixedSweeps,
}

interface SolveReport {
  iterations: number;
  residual: number;
  plate: NDArray;
}

function hotTopEdge(n: number, temp: number): NDArray {
  const plate = zeros([n, n]);
  plate.slice(0).fill(temp);
  return plate;
}

export function relaxUntilConverged(plate: NDArray, tol: number, maxIter: number): SolveReport {
  const n = plate.shape[0];
  const grid = plate.copy();
  let residual = Infinity;
  let iter = 0;
  sweeps: while (iter < maxIter) {
    const previous = grid;
    for (let i = 1; i < n - 1; i++) {
      for (let j = 1; j < n - 1; j++) {
        const avg =
          0.25 * (previous.get(i - 1, j) + previous.get(i + 1, j) + previous.get(i, j - 1) + previous.get(i, j + 1));
        grid.set([i, j], avg); // expect: no-alias-mutation
      }
    }
    const change = grid.sub(previous);
    residual = Math.max(change.max(), -change.min());
    iter++;
    if (residual < tol) break sweeps;
  }
  return { iterations: iter, residual, plate: grid };
}

export function relaxFixedSweeps(plate: NDArray, sweeps: number): SolveReport {
  const n = plate.shape[0];
  let cur = plate.copy();
  let nxt = plate.copy();
  let residual = 0;
  for (let s = 0; s < sweeps; s++) {
    residual = 0;
    for (let i = 1; i < n - 1; i++) {
      for (let j = 1; j < n - 1; j++) {
        const avg = 0.25 * (cur.get(i - 1, j) + cur.get(i + 1, j) + cur.get(i, j - 1) + cur.get(i, j + 1));
        residual = Math.max(residual, Math.abs(avg - cur.get(i, j)));
        nxt.set([i, j], avg);
      }
    }
    [cur, nxt] = [nxt, cur];
  }
  return { iterations: sweeps, residual, plate: cur };
}

function solve(scheme: Scheme, plate: NDArray): SolveReport {
  switch (scheme) {
    case Scheme.UntilConverged:
      return relaxUntilConverged(plate, 1e-4, 500);
    case Scheme.FixedSweeps:
      return relaxFixedSweeps(plate, 200);
  }
}

const start = hotTopEdge(8, 100);
for (const scheme of [Scheme.UntilConverged, Scheme.FixedSweeps]) {
  const report = solve(scheme, start);
  const centre = report.plate.get(4, 4);
  console.log(Scheme[scheme], "iterations:", report.iterations, "residual:", report.residual, "centre:", centre);
}
console.log("boundary plate untouched:", start.sum());
