// Matrix-free preconditioned Richardson iteration: the operator is a callback stored on a workspace owning reusable buffers.
import { array, zeros, NDArray } from "ndalias";

type ApplyOperator = (x: NDArray, out: NDArray) => void;
type ConvergedHook = (iterations: number, residual: number) => void;

const RESIDUAL_LOG = zeros(64);

export class RichardsonWorkspace {
  readonly residual: NDArray;
  readonly update: NDArray;
  private readonly apply: ApplyOperator;
  private onConverged: ConvergedHook | null = null;

  constructor(readonly n: number, apply: ApplyOperator, readonly invDiag: NDArray) {
    this.residual = zeros(n);
    this.update = zeros(n);
    this.apply = apply;
  }

  whenConverged(hook: ConvergedHook): void {
    this.onConverged = hook;
  }

  residualNorm(x: NDArray, b: NDArray): number {
    this.apply(x, this.residual);
    this.residual.imul(-1);
    this.residual.iadd(b);
    return Math.sqrt(this.residual.mul(this.residual).sum());
  }

  step(x: NDArray, omega: number): void {
    this.update.assign(":", this.residual);
    this.update.imul(this.invDiag);
    this.update.imul(omega);
    x.iadd(this.update);
  }

  solve(b: NDArray, omega: number, tol: number, maxIter: number): NDArray {
    const x = zeros(this.n);
    RESIDUAL_LOG.fill(0);
    for (let k = 0; k < maxIter; k++) {
      const rn = this.residualNorm(x, b);
      if (k < RESIDUAL_LOG.size) RESIDUAL_LOG.set(k, rn);
      if (rn < tol) {
        this.onConverged?.(k, rn);
        return x;
      }
      this.step(x, omega);
    }
    throw new Error(`Richardson did not converge in ${maxIter} iterations (last residual ${RESIDUAL_LOG.get(maxIter - 1)})`);
  }
}

const A = array([
  [5, 1, 0, 0],
  [1, 5, 1, 0],
  [0, 1, 5, 1],
  [0, 0, 1, 5],
]);
const applyA: ApplyOperator = (x, out) => {
  for (let i = 0; i < out.size; i++) {
    out.set(i, A.slice(i).mul(x).sum());
  }
};

const ws = new RichardsonWorkspace(4, applyA, array([0.2, 0.2, 0.2, 0.2]));
ws.whenConverged((k, rn) => {
  console.log(`converged after ${k} iterations, residual ${rn.toExponential(3)}`);
});

const b = array([6, 7, 7, 6]);
let x: NDArray;
try {
  x = ws.solve(b, 1.0, 1e-10, 60);
} catch (err) {
  console.error("falling back to a damped run:", (err as Error).message);
  x = ws.solve(b, 0.7, 1e-8, 60);
}
const lastResidual = ws.residual.slice(":2");
console.log("solution:", x.tolist(), "leading residual entries:", lastResidual.tolist());
console.log("first logged residuals:", RESIDUAL_LOG.slice(":5").tolist());
