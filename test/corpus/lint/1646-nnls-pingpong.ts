// Fits non-negative least-squares weights by projected gradient descent with ping-pong buffers and a backtracking line search.
import { array, zeros, NDArray } from "ndalias";

function matvec(A: NDArray, x: NDArray): NDArray {
  const rows = A.shape[0];
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    const row = A.slice(i);
    out.set(i, row.mul(x).sum());
  }
  return out;
}

function projectNonNegative(w: NDArray): void {
  for (let i = 0; i < w.size; i++) {
    if (w.get(i) < 0) w.set(i, 0);
  }
}

function fit(A: NDArray, y: NDArray, maxIter: number, addBias: boolean): { weights: NDArray; iterations: number; loss: number } {
  const [rows, cols] = A.shape;
  let design: NDArray = A;
  if (addBias) {
    design = zeros([rows, cols + 1]);
    design.slice(":", `:${cols}`).assign(":", A);
    design.slice(":", -1).fill(1);
  }
  const n = design.shape[1];
  const designT = design.T;
  let current = zeros(n);
  let next = zeros(n);
  let step = 0.05;
  let loss = Infinity;
  let iterations = 0;

  outer: for (let it = 0; it < maxIter; it++) {
    const residual = matvec(design, current).sub(y);
    const lossNow = residual.mul(residual).mean();
    if (!Number.isFinite(lossNow)) {
      break outer;
    }
    const grad = matvec(designT, residual);
    grad.imul(2 / y.size);

    for (let attempt = 0; attempt < 6; attempt++) {
      next.assign(":", current.sub(grad.mul(step)));
      projectNonNegative(next);
      const trial = matvec(design, next).sub(y);
      const trialLoss = trial.mul(trial).mean();
      if (trialLoss <= lossNow) {
        [current, next] = [next, current];
        loss = trialLoss;
        iterations = it + 1;
        if (lossNow - trialLoss < 1e-12) {
          break outer;
        }
        step *= 1.2;
        continue outer;
      }
      step *= 0.5;
    }
    break;
  }

  const weights = current;
  {
    const current = weights.copy();
    current.imul(100 / Math.max(weights.sum(), 1e-12));
    console.log("weight shares (%):", (current.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
  }
  return { weights, iterations, loss };
}

function residualReport(A: NDArray, y: NDArray, w: NDArray): number {
  let pred = matvec(A, w.slice(`:${A.shape[1]}`));
  if (w.size > A.shape[1]) {
    pred = pred.add(w.get(w.size - 1));
  }
  const err = pred.sub(y);
  err.imul(err);
  let worst = 0;
  for (let i = 0; i < err.size; i++) {
    if (err.get(i) > err.get(worst)) worst = i;
  }
  console.log("worst sample:", worst, "squared error:", err.get(worst).toFixed(4));
  return err.mean();
}

const A = array([
  [1, 0.5, 0.1],
  [0.2, 1.5, 0.3],
  [0.9, 0.1, 2.0],
  [1.1, 0.7, 0.4],
  [0.3, 0.2, 1.2],
]);
const y = array([2.1, 3.4, 4.8, 2.9, 2.6]);

const plain = fit(A, y, 200, false);
const biased = fit(A, y, 200, true);
console.log("plain:", plain.weights.tolist(), "iterations:", plain.iterations, "loss:", plain.loss.toFixed(5));
console.log("biased:", biased.weights.tolist(), "iterations:", biased.iterations, "loss:", biased.loss.toFixed(5));
console.log("mse plain:", residualReport(A, y, plain.weights).toFixed(5));
console.log("mse biased:", residualReport(A, y, biased.weights).toFixed(5));
console.log("design unchanged:", A.sum().toFixed(2));
