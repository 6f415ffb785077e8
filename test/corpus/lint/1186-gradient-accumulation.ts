// Gradient accumulation over micro-batches with a double-buffered gradient, averaged before each SGD step of a linear model.
import { array, zeros, NDArray } from "ndalias";

function zeroGrad(buffer: NDArray): void {
  buffer.fill(0);
}

// Adds this micro-batch's gradient into the accumulator it is given.
function accumulate(acc: NDArray, w: NDArray, xb: NDArray, yb: NDArray): void {
  const n = xb.shape[0];
  for (let i = 0; i < n; i++) {
    let pred = 0;
    for (let j = 0; j < w.size; j++) pred += w.get(j) * xb.get(i, j);
    const err = pred - yb.get(i);
    for (let j = 0; j < w.size; j++) {
      acc.set(j, acc.get(j) + (2 * err * xb.get(i, j)) / n);
    }
  }
}

function meanSquaredError(w: NDArray, xs: NDArray, ys: NDArray): number {
  let total = 0;
  for (let i = 0; i < xs.shape[0]; i++) {
    let pred = 0;
    for (let j = 0; j < w.size; j++) pred += w.get(j) * xs.get(i, j);
    total += (pred - ys.get(i)) ** 2;
  }
  return total / xs.shape[0];
}

const xs = array([
  [1.0, 0.0],
  [0.0, 1.0],
  [1.0, 1.0],
  [2.0, 0.5],
  [0.5, 2.0],
  [1.5, 1.5],
  [0.2, 0.8],
  [0.9, 0.1],
]);
const ys = array([2.0, -1.0, 1.0, 3.5, -1.0, 1.5, -0.4, 1.7]);

const microBatch = 2;
const accumSteps = 2;
const lr = 0.1;

const weights = zeros(2);
let currentGrad = zeros(2);
let previousGrad = zeros(2);
const gradNormHistory: number[] = [];
let cosineSum = 0;

for (let epoch = 0; epoch < 15; epoch++) {
  for (let start = 0; start < xs.shape[0]; start += microBatch * accumSteps) {
    zeroGrad(currentGrad);
    for (let k = 0; k < accumSteps; k++) {
      const lo = start + k * microBatch;
      const idx = [lo, lo + 1].filter((i) => i < xs.shape[0]);
      accumulate(currentGrad, weights, xs.take(idx, 0), ys.take(idx));
    }
    currentGrad.idiv(accumSteps);

    // Compare direction with the previous accumulated gradient.
    const dot = currentGrad.mul(previousGrad).sum();
    const norms = Math.sqrt(currentGrad.mul(currentGrad).sum() * previousGrad.mul(previousGrad).sum());
    if (norms > 0) cosineSum += dot / norms;
    gradNormHistory.push(Math.sqrt(currentGrad.mul(currentGrad).sum()));

    weights.isub(currentGrad.mul(lr));

    // Swap the buffers; the old current becomes previous and the old previous is reused.
    [currentGrad, previousGrad] = [previousGrad, currentGrad];
  }
}

// Average of the last accumulated gradient and a damped copy of it.
const damped = previousGrad.copy();
damped.imul(0.5);
const blended = damped.add(previousGrad).div(1.5);

let smoothed = weights;
smoothed = smoothed.mul(0.9);
smoothed.iadd(0.01);

console.log("weights:", weights.tolist(), "mse:", meanSquaredError(weights, xs, ys).toFixed(5));
console.log("smoothed weights:", smoothed.tolist());
console.log("last grad:", previousGrad.tolist(), "blended:", blended.tolist());
console.log("mean cosine between steps:", (cosineSum / gradNormHistory.length).toFixed(3));
console.log("grad norm first/last:", gradNormHistory[0].toFixed(3), gradNormHistory[gradNormHistory.length - 1].toFixed(3));
