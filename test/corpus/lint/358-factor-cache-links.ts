// A factorisation cache linking each LU factor to the solver that uses it, and a chain of diagonal preconditioners.
import { array, zeros, NDArray } from "ndalias";

class LUFactor {
  solver: Solver | null = null;
  uses = 0;
  constructor(readonly lu: NDArray, readonly perm: number[]) {}
}

class Solver {
  factor: LUFactor | null = null;
  readonly work: NDArray;
  constructor(n: number) {
    this.work = zeros(n);
  }

  solve(b: NDArray): NDArray {
    const f = this.factor;
    if (!f) throw new Error("solver has no factorisation attached");
    f.uses++;
    const n = b.size;
    const y = b.take(f.perm);
    for (let i = 1; i < n; i++) {
      let s = y.get(i);
      for (let j = 0; j < i; j++) s -= f.lu.get(i, j) * y.get(j);
      y.set(i, s);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y.get(i);
      for (let j = i + 1; j < n; j++) s -= f.lu.get(i, j) * y.get(j);
      y.set(i, s / f.lu.get(i, i));
    }
    this.work.assign(":", y);
    return y;
  }
}

export function attachSolver(factor: LUFactor): Solver {
  const solver = new Solver(factor.lu.shape[0]);
  solver.factor = factor;
  factor.solver = solver; // expect: no-reference-cycle
  return solver;
}

export function borrowFactor(factor: LUFactor): Solver {
  const solver = new Solver(factor.lu.shape[0]);
  solver.factor = factor;
  return solver;
}

class DiagonalPreconditioner {
  readonly inverse: NDArray;
  readonly next: DiagonalPreconditioner;
  constructor(diag: NDArray, next?: DiagonalPreconditioner) {
    this.inverse = array(Array.from({ length: diag.size }, (_, i) => 1 / diag.get(i)));
    if (next === undefined) {
      this.next = this; // expect: no-reference-cycle
    } else {
      this.next = next;
    }
  }

  apply(r: NDArray, maxDepth = 8): NDArray {
    let z = r.mul(this.inverse);
    let stage: DiagonalPreconditioner = this;
    for (let d = 0; d < maxDepth && stage.next !== stage; d++) {
      stage = stage.next;
      z = z.mul(stage.inverse);
    }
    return z;
  }
}

const factor = new LUFactor(
  array([
    [4, 3, 0],
    [0.5, 1.5, 2],
    [0.25, -0.5, 3],
  ]),
  [1, 0, 2],
);
const solver = attachSolver(factor);
const x = solver.solve(array([3, 10, 4]));
const other = borrowFactor(factor);
console.log("x:", x.tolist(), "again:", other.solve(array([1, 1, 1])).tolist(), "uses:", factor.uses);

const outer = new DiagonalPreconditioner(array([2, 4, 8]));
const chained = new DiagonalPreconditioner(array([1, 2, 1]), outer);
console.log("preconditioned residual:", chained.apply(array([1, 1, 1])).tolist());
