// Successive over-relaxation for a 1-D Poisson problem with a reusable solver object whose residual buffer is refreshed every sweep.
import { linspace, zeros, NDArray } from "ndalias";

class PoissonSolver {
  readonly n: number;
  residual: NDArray;

  constructor(n: number) {
    this.n = n;
    this.residual = zeros(n);
  }

  residualNorm(u: NDArray, f: NDArray, h: number): number {
    this.residual.fill(0);
    for (let i = 1; i < this.n - 1; i++) {
      const lap = (u.get(i - 1) - 2 * u.get(i) + u.get(i + 1)) / (h * h);
      this.residual.set(i, f.get(i) + lap);
    }
    return Math.sqrt(this.residual.mul(this.residual).sum() * h);
  }

  sweep(u: NDArray, f: NDArray, h: number, omega: number): void {
    for (let i = 1; i < this.n - 1; i++) {
      const gs = 0.5 * (u.get(i - 1) + u.get(i + 1) + h * h * f.get(i));
      u.set(i, (1 - omega) * u.get(i) + omega * gs);
    }
  }
}

const n = 33;
const grid = linspace(0, 1, n);
const h = grid.get(1) - grid.get(0);

const source = zeros(n);
for (let i = 0; i < n; i++) source.set(i, Math.PI * Math.PI * Math.sin(Math.PI * grid.get(i)));

const u = zeros(n);
u.slice(":1").fill(0);
u.slice("-1:").fill(0);

const solver = new PoissonSolver(n);
let sweeps = 0;
for (let it = 0; it < 5000; it++) {
  solver.sweep(u, source, h, 1.8);
  sweeps = it + 1;
  if (solver.residualNorm(u, source, h) < 1e-8) break;
}

const exact = zeros(n);
for (let i = 0; i < n; i++) exact.set(i, Math.sin(Math.PI * grid.get(i)));
const error = u.sub(exact);
error.idiv(exact.max());

const interior = u.slice("1:-1");
const coarse = u.slice("::4").copy();
coarse.imul(100);
console.log(`converged after ${sweeps} sweeps`);
console.log("peak displacement:", interior.max().toFixed(6), "relative error:", Math.max(error.max(), -error.min()).toExponential(2));
console.log("coarse profile (x100):", coarse.tolist());
