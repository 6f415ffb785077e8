// Conjugate-gradient solver for SPD systems with an iteration hook stored on the solver and a diagonal-shift retry on breakdown.
import { array, zeros, NDArray } from "ndalias";

type IterationHook = (iter: number, relResidual: number) => void;

function matvec(A: NDArray, x: NDArray): NDArray {
  const n = A.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) out.set(i, A.slice(i).mul(x).sum());
  return out;
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

export class CGSolver {
  private hook: IterationHook | null = null;
  iterations = 0;

  constructor(readonly tol = 1e-10, readonly maxIter = 200) {}

  onIteration(hook: IterationHook): this {
    this.hook = hook;
    return this;
  }

  solve(A: NDArray, b: NDArray, x0?: NDArray): NDArray {
    const x = x0 ? x0.copy() : zeros(b.size);
    const r = b.sub(matvec(A, x));
    let p = r;
    let rsOld = dot(r, r);
    const bnorm = Math.sqrt(dot(b, b)) || 1;
    this.iterations = 0;
    for (let k = 0; k < this.maxIter; k++) {
      if (Math.sqrt(rsOld) < this.tol * bnorm) break;
      const Ap = matvec(A, p);
      const pAp = dot(p, Ap);
      if (!(pAp > 0)) {
        throw new Error(`CG breakdown at iteration ${k}: p'Ap = ${pAp}`);
      }
      const alpha = rsOld / pAp;
      x.iadd(p.mul(alpha));
      r.isub(Ap.mul(alpha)); // expect: no-alias-mutation
      const rsNew = dot(r, r);
      this.hook?.(k, Math.sqrt(rsNew) / bnorm);
      p = r.add(p.mul(rsNew / rsOld));
      rsOld = rsNew;
      this.iterations = k + 1;
    }
    return x;
  }
}

export function solveWithRetry(A: NDArray, b: NDArray): NDArray {
  const solver = new CGSolver(1e-12, 50);
  const history: number[] = [];
  solver.onIteration((_k, rel) => {
    history.push(rel);
  });
  try {
    return solver.solve(A, b);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith("CG breakdown")) {
      throw err;
    }
    const shifted = A.copy();
    for (let i = 0; i < shifted.shape[0]; i++) {
      shifted.set([i, i], shifted.get(i, i) + 1e-8);
    }
    return solver.solve(shifted, b);
  } finally {
    const trace = history.map((h) => h.toExponential(2)).join(" ");
    console.log(`CG: ${solver.iterations} iterations, residual history ${trace}`);
  }
}

const A = array([
  [4, 1, 0, 0],
  [1, 4, 1, 0],
  [0, 1, 4, 1],
  [0, 0, 1, 3],
]);
const b = array([1, 2, 0, 1]);
const x = solveWithRetry(A, b);
const check = b.sub(matvec(A, x));
console.log("solution:", x.tolist(), "residual norm:", Math.sqrt(dot(check, check)));
