// Notebook port: sets boundary conditions on a 2-D heat-diffusion grid with slice writes and runs a few explicit Jacobi steps.
import { zeros, array, NDArray } from "ndalias";

// %% [1] grid and boundary conditions, the NumPy `grid[0, :] = 100` way
const n = 6;
const grid = zeros([n, n]);
grid.slice(0).fill(100);
grid.slice(-1).fill(0);
grid.slice(":", 0).fill(50);
grid.slice(":", -1).fill(50);
grid.slice("1:-1, 1:-1").fill(25);
console.log("initial grid:", grid.tolist());

// %% [2] a probe on the centre row, read before the simulation starts
const centreRow = grid.slice(3);
console.log("centre row at t=0:", centreRow.tolist(), "mean:", centreRow.mean());

// %% [3] a hot spot in the middle, written through a transposed expression
grid.T.slice("2:4, 2:4").fill(80);
grid.slice("2:4", "2:4").isub(5);
console.log("with hot spot:", grid.slice("1:5, 1:5").tolist());

// %% [4] Laplacian stencil, built with slice writes as well
const stencil = zeros([3, 3]);
stencil.slice(1).fill(1);
stencil.slice(":", 1).fill(1);
stencil.set([1, 1], -4);
console.log("stencil:", stencil.tolist(), "sum:", stencil.sum());

// %% [5] explicit steps: compute into a copy, then write the interior back
const alpha = 0.2;
const history: number[] = [];
for (let step = 0; step < 4; step++) {
  const next = grid.copy();
  for (let i = 1; i < n - 1; i++) {
    for (let j = 1; j < n - 1; j++) {
      let lap = 0;
      for (let di = -1; di <= 1; di++) {
        for (let dj = -1; dj <= 1; dj++) {
          lap += stencil.get(di + 1, dj + 1) * grid.get(i + di, j + dj);
        }
      }
      next.set([i, j], grid.get(i, j) + alpha * lap);
    }
  }
  grid.assign("1:-1, 1:-1", next.slice("1:-1, 1:-1"));
  history.push(grid.slice("1:-1, 1:-1").mean());
}
console.log("interior mean per step:", history.map((h) => h.toFixed(2)));

// %% [6] insulate the right edge for the second experiment: a reflective boundary
grid.slice(":", -1).assign(":", grid.slice(":", -2).copy());
console.log("right edge now mirrors its neighbour:", grid.slice(":", -1).tolist());

// %% [7] heat flux across the top edge (arithmetic, read only)
const flux = grid.slice(0).sub(grid.slice(1));
console.log("flux through the top edge:", flux.tolist(), "total:", flux.sum());

// %% [8] the same set-up on a coarse grid, reusing the slice idiom in a helper
function coarseGrid(size: number, top: number, sides: number): NDArray {
  const g = zeros([size, size]);
  g.slice(0).fill(top);
  g.slice(":", 0).fill(sides);
  g.slice(":", -1).fill(sides);
  return g;
}
const coarse = coarseGrid(4, 100, 50);
console.log("coarse grid:", coarse.tolist());

// %% [9] mask of cells above 40 degrees, on its own array
const hot = zeros([n, n], "uint8");
for (let i = 0; i < n; i++) {
  for (let j = 0; j < n; j++) {
    if (grid.get(i, j) > 40) hot.set([i, j], 1);
  }
}
console.log("hot cells:", hot.sum());

// %% [10] compare against a reference profile
const reference = array([100, 62, 48, 41, 37, 0]);
const profile = zeros(n);
for (let i = 0; i < n; i++) profile.set(i, grid.slice(i, "1:-1").mean());
const err = profile.sub(reference);
console.log("profile:", profile.tolist());
console.log("max abs error vs reference:", Math.max(err.max(), -err.min()).toFixed(2));
