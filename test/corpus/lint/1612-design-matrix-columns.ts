// Standardises the columns of a regression design matrix through column-visitor helpers and takes a few gradient steps on a module-level model.
import { array, zeros, NDArray } from "ndalias";

function forEachColumn(m: NDArray, visit: (col: NDArray, j: number) => void): void {
  for (let j = 0; j < m.shape[1]; j++) {
    visit(m.slice(":", j), j);
  }
}

function mapColumns<T>(m: NDArray, f: (col: NDArray, j: number) => T): T[] {
  const out: T[] = [];
  forEachColumn(m, (col, j) => {
    out.push(f(col, j));
  });
  return out;
}

const std = (col: NDArray): number => {
  const centred = col.sub(col.mean());
  return Math.sqrt(centred.mul(centred).mean());
};

const model = { coef: zeros(3), intercept: 0 };

function predict(x: NDArray): NDArray {
  const out = zeros(x.shape[0]);
  for (let i = 0; i < x.shape[0]; i++) {
    out.set(i, x.slice(i).mul(model.coef).sum() + model.intercept);
  }
  return out;
}

function fitStep(x: NDArray, y: NDArray, lr: number): number {
  const residual = predict(x).sub(y);
  const grad = array(mapColumns(x, (col) => col.mul(residual).mean()));
  model.coef.isub(grad.mul(lr));
  model.intercept -= lr * residual.mean();
  return residual.mul(residual).mean();
}

const design = array([
  [1, 200, 0.1],
  [2, 180, 0.4],
  [3, 220, 0.3],
  [4, 210, 0.2],
  [5, 260, 0.6],
]);
const target = array([3.1, 3.9, 5.2, 5.8, 7.4]);

// Read the first column's statistics before anything is rescaled.
const firstColumn = design.slice(":", 0);
const firstColumnRange = [firstColumn.min(), firstColumn.max()];

const means = mapColumns(design, (col) => col.mean());
const stds = mapColumns(design, std);
console.log("means:", means.map((m) => m.toFixed(3)), "stds:", stds.map((s) => s.toFixed(3)));

const standardized = design.copy();
forEachColumn(standardized, (col, j) => {
  col.isub(means[j]);
  col.idiv(stds[j] || 1);
});
// Emphasise the last feature, which the domain experts trust most.
forEachColumn(standardized, (col, j) => col.imul(j === 2 ? 2 : 1));
console.log("standardized column means:", mapColumns(standardized, (col) => col.mean().toFixed(6)));

const squared = standardized.mul(standardized);
squared.imul(0.5);
console.log("half squared norms per column:", mapColumns(squared, (col) => col.sum().toFixed(3)));

const losses: number[] = [];
for (let epoch = 0; epoch < 5; epoch++) {
  losses.push(fitStep(standardized, target, 0.1));
}
console.log("losses:", losses.map((l) => l.toFixed(4)));
console.log("coefficients:", model.coef.tolist(), "intercept:", model.intercept.toFixed(4));

const predictions = predict(standardized);
for (let i = 0; i < predictions.size; i++) {
  if (predictions.get(i) < 0) predictions.set(i, 0);
}
console.log("predictions:", predictions.tolist());

// Report income in hundreds.
design.slice(":", 1).idiv(100);
console.log("first column range (raw):", firstColumnRange, "design for the report:", design.tolist());
console.log("residual total:", predictions.sub(target).sum().toFixed(4));
