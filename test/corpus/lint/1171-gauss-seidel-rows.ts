// Gauss-Seidel relaxation of a 2-D Laplace problem with fixed boundary values, tracking a per-row change log.
// runnable
import { zeros, NDArray } from "ndalias";

const NX = 12;
const NY = 10;

function boundaryGrid(nx: number, ny: number): NDArray {
  const g = zeros([ny, nx]);
  for (let j = 0; j < nx; j++) {
    g.set([0, j], 100);
    g.set([ny - 1, j], 0);
  }
  for (let i = 0; i < ny; i++) {
    g.set([i, 0], 50);
    g.set([i, nx - 1], 50);
  }
  return g;
}

function interiorMean(g: NDArray): number {
  const [ny, nx] = g.shape;
  let s = 0;
  for (let i = 1; i < ny - 1; i++) {
    for (let j = 1; j < nx - 1; j++) s += g.get(i, j);
  }
  return s / ((ny - 2) * (nx - 2));
}

export function relax(sweeps: number, omega: number): { grid: NDArray; rowDrift: NDArray } {
  const grid = boundaryGrid(NX, NY);
  const rowDrift = zeros(NY);
  for (let s = 0; s < sweeps; s++) {
    for (let i = 1; i < NY - 1; i++) {
      const row = grid.slice(i);
      const before = row.sum();
      for (let j = 1; j < NX - 1; j++) {
        const gs =
          0.25 * (grid.get(i - 1, j) + grid.get(i + 1, j) + grid.get(i, j - 1) + grid.get(i, j + 1));
        grid.set([i, j], (1 - omega) * grid.get(i, j) + omega * gs); // expect: no-view-mutation
      }
      rowDrift.set(i, Math.abs(row.sum() - before));
    }
  }
  return { grid, rowDrift };
}

export function relaxBuffered(sweeps: number): NDArray {
  let grid = boundaryGrid(NX, NY);
  for (let s = 0; s < sweeps; s++) {
    const next = grid.copy();
    for (let i = 1; i < NY - 1; i++) {
      for (let j = 1; j < NX - 1; j++) {
        next.set(
          [i, j],
          0.25 * (grid.get(i - 1, j) + grid.get(i + 1, j) + grid.get(i, j - 1) + grid.get(i, j + 1)),
        );
      }
    }
    grid = next;
  }
  return grid;
}

function maxRow(v: NDArray): number {
  let m = 0;
  for (let i = 0; i < v.size; i++) m = Math.max(m, v.get(i));
  return m;
}

const { grid, rowDrift } = relax(25, 1.5);
console.log("interior mean (SOR):", interiorMean(grid).toFixed(4));
console.log("largest row drift in final sweep:", maxRow(rowDrift).toExponential(3));

const jacobi = relaxBuffered(25);
console.log("interior mean (Jacobi):", interiorMean(jacobi).toFixed(4));

const diff = grid.sub(jacobi);
let worst = 0;
for (let i = 0; i < diff.size; i++) worst = Math.max(worst, Math.abs(diff.data[i] as number));
console.log("max difference between schemes:", worst.toFixed(4));
console.log("corner cells:", grid.get(0, 0), grid.get(NY - 1, NX - 1));
