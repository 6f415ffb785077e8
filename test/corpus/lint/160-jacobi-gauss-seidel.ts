// Linear solvers for a diagonally dominant system: Jacobi with two buffers swapped by destructuring, and Gauss-Seidel updating a single owned iterate.
import { array, zeros, NDArray } from "ndalias";

const A = array([
  [10, -1, 2, 0],
  [-1, 11, -1, 3],
  [2, -1, 10, -1],
  [0, 3, -1, 8],
]);
const b = array([6, 25, -11, 15]);

function residual(x: NDArray): number {
  let r = 0;
  for (let i = 0; i < b.size; i++) {
    let s = 0;
    for (let j = 0; j < b.size; j++) s += A.get(i, j) * x.get(j);
    r += (b.get(i) - s) ** 2;
  }
  return Math.sqrt(r);
}

function jacobi(iters: number): NDArray {
  const n = b.size;
  let cur = zeros(n);
  let next = zeros(n);
  for (let k = 0; k < iters; k++) {
    for (let i = 0; i < n; i++) {
      let s = b.get(i);
      for (let j = 0; j < n; j++) if (j !== i) s -= A.get(i, j) * cur.get(j);
      next.set(i, s / A.get(i, i));
    }
    [cur, next] = [next, cur];
  }
  return cur;
}

function gaussSeidel(iters: number, tol: number): { x: NDArray; sweeps: number } {
  const n = b.size;
  const x = zeros(n);
  let sweeps = 0;
  while (sweeps < iters && residual(x) > tol) {
    for (let i = 0; i < n; i++) {
      let s = b.get(i);
      for (let j = 0; j < n; j++) if (j !== i) s -= A.get(i, j) * x.get(j);
      x.set(i, s / A.get(i, i));
    }
    sweeps++;
  }
  return { x, sweeps };
}

class DoubleBuffer {
  front = zeros(b.size);
  back = zeros(b.size);

  relax(): number {
    for (let i = 0; i < b.size; i++) {
      let s = b.get(i);
      for (let j = 0; j < b.size; j++) if (j !== i) s -= A.get(i, j) * this.front.get(j);
      this.back.set(i, s / A.get(i, i));
    }
    [this.front, this.back] = [this.back, this.front];
    return residual(this.front);
  }
}

const db = new DoubleBuffer();
for (let k = 0; k < 5; k++) console.log(`double-buffer sweep ${k}: residual ${db.relax().toExponential(2)}`);

const xj = jacobi(25);
const { x: xg, sweeps } = gaussSeidel(100, 1e-10);
console.log("jacobi:", xj.tolist(), "residual", residual(xj).toExponential(2));
console.log("gauss-seidel:", xg.tolist(), "in", sweeps, "sweeps");
const diff = xj.sub(xg);
diff.imul(diff);
console.log("solver disagreement:", Math.sqrt(diff.sum()).toExponential(2));
