// Solves small linear systems with a Jacobi / Gauss-Seidel / diagonal solver chosen per system, with guard clauses for unusable inputs.
import { array, zeros, NDArray, ShapeError } from "ndalias";

type Method = "jacobi" | "gauss-seidel" | "diagonal";

interface Result {
  x: NDArray;
  iterations: number;
  converged: boolean;
}

function residualNorm(A: NDArray, x: NDArray, b: NDArray): number {
  let acc = 0;
  for (let i = 0; i < b.size; i++) {
    let row = 0;
    for (let j = 0; j < x.size; j++) row += A.get(i, j) * x.get(j);
    acc += (row - b.get(i)) ** 2;
  }
  return Math.sqrt(acc);
}

function checkSystem(A: NDArray, b: NDArray): void {
  if (A.ndim !== 2 || A.shape[0] !== A.shape[1]) {
    throw new ShapeError(`matrix must be square, got shape [${A.shape.join(", ")}]`);
  }
  if (b.size !== A.shape[0]) {
    throw new ShapeError(`rhs has ${b.size} entries, matrix has ${A.shape[0]} rows`);
  }
}

class Solver {
  private x: NDArray;
  private history: number[] = [];

  constructor(readonly A: NDArray, readonly b: NDArray, readonly method: Method) {
    checkSystem(A, b);
    this.x = zeros(b.size);
  }

  private sweep(): void {
    const n = this.b.size;
    switch (this.method) {
      case "jacobi": {
        const prev = this.x.copy();
        for (let i = 0; i < n; i++) {
          let s = this.b.get(i);
          for (let j = 0; j < n; j++) if (j !== i) s -= this.A.get(i, j) * prev.get(j);
          this.x.set(i, s / this.A.get(i, i));
        }
        break;
      }
      case "gauss-seidel": {
        for (let i = 0; i < n; i++) {
          let s = this.b.get(i);
          for (let j = 0; j < n; j++) if (j !== i) s -= this.A.get(i, j) * this.x.get(j);
          this.x.set(i, s / this.A.get(i, i));
        }
        break;
      }
      case "diagonal": {
        for (let i = 0; i < n; i++) this.x.set(i, this.b.get(i) / this.A.get(i, i));
        break;
      }
    }
  }

  run(maxIter: number, tol: number): Result {
    for (let k = 1; k <= maxIter; k++) {
      this.sweep();
      const r = residualNorm(this.A, this.x, this.b);
      this.history.push(r);
      if (r < tol) return { x: this.x.copy(), iterations: k, converged: true };
      if (!Number.isFinite(r)) break;
    }
    return { x: this.x.copy(), iterations: this.history.length, converged: false };
  }
}

function solve(A: NDArray, b: NDArray, method: Method): Result | null {
  for (let i = 0; i < b.size; i++) {
    if (A.get(i, i) === 0) {
      console.log(`${method}: zero pivot in row ${i}, skipped`);
      return null;
    }
  }
  return new Solver(A, b, method).run(100, 1e-8);
}

const systems: { name: string; A: NDArray; b: NDArray; method: Method }[] = [
  { name: "heat", A: array([[4, -1, 0], [-1, 4, -1], [0, -1, 4]]), b: array([15, 10, 10]), method: "gauss-seidel" },
  { name: "springs", A: array([[10, 2], [3, 9]]), b: array([12, 12]), method: "jacobi" },
  { name: "scaled", A: array([[2, 0], [0, 5]]), b: array([4, 10]), method: "diagonal" },
  { name: "singular", A: array([[0, 1], [1, 0]]), b: array([1, 1]), method: "jacobi" },
];

for (const sys of systems) {
  const result = solve(sys.A, sys.b, sys.method);
  if (result === null) continue;
  const x = result.x;
  const asColumn = x.reshape(x.size, 1);
  const summary = `${sys.name}: ${result.converged ? "converged" : "stopped"} after ${result.iterations}`;
  console.log(summary, JSON.stringify(asColumn.tolist()));
  if (!result.converged) {
    x.fill(NaN);
    console.log("  discarded:", x.tolist());
    continue;
  }
  console.log(`  residual ${residualNorm(sys.A, x, sys.b).toExponential(2)}`);
}

// Rounding for display uses its own buffer; the solved vector keeps full precision.
const heat = solve(systems[0].A, systems[0].b, "jacobi");
if (heat !== null) {
  const display = heat.x.flatten();
  for (let i = 0; i < display.size; i++) display.set(i, Math.round(display.get(i) * 100) / 100);
  console.log("heat (display):", display.tolist(), "heat (full):", heat.x.tolist());
}
