// Recursive least squares by Givens rotations: an object keeps the triangular factor R and Qᵀy as fields and updates them in place per observation.
import { array, zeros, NDArray } from "ndalias";

// Module-level buffer for the latest prediction errors, reused on every call.
const RECENT_ERRORS = zeros(4);
let errorSlot = 0;

/** Zeroes entries below `tol` in magnitude, in place (cosmetic for printing). */
function flushTiny(x: NDArray, tol: number): void {
  for (let i = 0; i < x.size; i++) {
    if (Math.abs(x.data[i] as number) < tol) x.data[i] = 0;
  }
}

class IncrementalLeastSquares {
  R: NDArray;
  qty: NDArray;
  residualSS = 0;
  count = 0;

  constructor(readonly n: number) {
    this.R = zeros([n, n]);
    this.qty = zeros(n);
  }

  /** Folds one observation (row, y) into R and Qᵀy with Givens rotations. */
  addObservation(row: NDArray, y: number): void {
    let w: NDArray = row.astype("float64");
    let target = y;
    for (let i = 0; i < this.n; i++) {
      const a = this.R.get(i, i) as number;
      const b = w.get(i) as number;
      if (b === 0) continue;
      const r = Math.hypot(a, b);
      const c = a / r;
      const s = b / r;
      const oldRow = this.R.slice(i).copy();
      this.R.assign(i, oldRow.mul(c).add(w.mul(s)));
      w = w.mul(c).sub(oldRow.mul(s));
      const qi = this.qty.get(i) as number;
      this.qty.set(i, c * qi + s * target);
      target = -s * qi + c * target;
    }
    this.residualSS += target * target;
    this.count++;
  }

  /** Current coefficients by back substitution (a new vector). */
  solve(): NDArray {
    const x = zeros(this.n);
    for (let i = this.n - 1; i >= 0; i--) {
      let s = this.qty.get(i) as number;
      for (let j = i + 1; j < this.n; j++) s -= (this.R.get(i, j) as number) * (x.get(j) as number);
      x.set(i, s / (this.R.get(i, i) as number));
    }
    return x;
  }

  /** Exponential forgetting: down-weights everything seen so far. */
  forget(lambda: number): void {
    const root = Math.sqrt(lambda);
    this.R.imul(root);
    this.qty.imul(root);
    this.residualSS *= lambda;
  }
}

function predict(coef: NDArray, row: NDArray): number {
  return coef.mul(row).sum();
}

function recordError(err: number): void {
  RECENT_ERRORS.set(errorSlot % RECENT_ERRORS.size, err);
  errorSlot++;
}

// y = 1 + 2·t - 0.5·t² with small deterministic noise.
const rows = [
  array([1, 0, 0]),
  array([1, 1, 1]),
  array([1, 2, 4]),
  array([1, 3, 9]),
  array([1, 4, 16]),
  array([1, 5, 25]),
];
const noise = [0.02, -0.01, 0.03, -0.02, 0.01, -0.03];
const ys = rows.map((r, k) => 1 + 2 * (r.get(1) as number) - 0.5 * (r.get(2) as number) + noise[k]);

const model = new IncrementalLeastSquares(3);
rows.forEach((row, k) => {
  if (model.count >= 3) recordError(ys[k] - predict(model.solve(), row));
  model.addObservation(row, ys[k]);
});

const coef = model.solve();
flushTiny(coef, 1e-12);
console.log("coefficients:", coef.tolist(), "after", model.count, "observations");
console.log("residual sum of squares:", model.residualSS.toExponential(3));
console.log("one-step-ahead errors:", RECENT_ERRORS.tolist());

// Batch check against the normal equations on the original rows.
let maxGrad = 0;
for (let j = 0; j < 3; j++) {
  let g = 0;
  rows.forEach((row, k) => {
    g += (row.get(j) as number) * (predict(coef, row) - ys[k]);
  });
  maxGrad = Math.max(maxGrad, Math.abs(g));
}
console.log("max |Aᵀ(Ax - y)|:", maxGrad.toExponential(2));

// Forget half of the history and refit after two more observations.
RECENT_ERRORS.fill(0);
errorSlot = 0;
model.forget(0.5);
model.addObservation(array([1, 6, 36]), 1 + 12 - 18);
model.addObservation(array([1, 7, 49]), 1 + 14 - 24.5);
console.log("coefficients after forgetting:", model.solve().tolist());
console.log("rows unchanged:", rows[5].tolist(), "errors reset:", RECENT_ERRORS.sum());
