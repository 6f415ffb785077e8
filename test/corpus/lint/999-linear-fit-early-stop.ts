// Fits a small linear model by gradient descent with early stopping and prints the initial, best and final weights.
// runnable
import { array, zeros, NDArray } from "ndalias";

const LR = 0.05;
const EPOCHS = 60;
const PATIENCE = 5;

function predict(x: NDArray, w: NDArray, b: number): NDArray {
  const weighted = x.mul(w); // [n, features] * [features]
  const out = zeros(x.shape[0]);
  for (let i = 0; i < x.shape[0]; i++) {
    out.set(i, weighted.slice(i).sum() + b);
  }
  return out;
}

function mse(pred: NDArray, y: NDArray): number {
  const err = pred.sub(y);
  return err.mul(err).mean();
}

function gradient(x: NDArray, err: NDArray): NDArray {
  const g = zeros(x.shape[1]);
  for (let j = 0; j < x.shape[1]; j++) {
    g.set(j, err.mul(x.slice(":", j)).mean() * 2);
  }
  return g;
}

function formatRow(x: NDArray): string {
  return (x.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
}

const xTrain = array([
  [1.0, 0.5, -1.0, 2.0],
  [0.2, 1.5, 0.3, -0.4],
  [-0.7, 0.1, 1.2, 0.9],
  [1.4, -0.3, 0.4, 0.1],
  [0.0, 0.8, -0.6, 1.1],
]);
const yTrain = array([2.1, 0.6, 0.4, 1.9, 1.0]);
const xVal = array([
  [0.6, 0.2, 0.1, 0.7],
  [-0.2, 1.1, -0.4, 0.3],
]);
const yVal = array([1.3, 0.5]);

const weights = array([0.1, 0.1, 0.1, 0.1]);
let bias = 0;

// Snapshots and layouts of the starting point.
const initialFlat = weights.flatten();
const firstPair = weights.slice(":2");
console.log("first two initial weights:", firstPair.tolist());
const initialGrid = weights.reshape(2, 2);
const bestWeights = weights.copy();
let bestBias = bias;
let bestLoss = Infinity;
let stale = 0;
const losses = zeros(EPOCHS);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const pred = predict(xTrain, weights, bias);
  const err = pred.sub(yTrain);
  const grad = gradient(xTrain, err);
  grad.imul(LR);
  weights.isub(grad); // expect: no-view-mutation
  bias -= LR * 2 * err.mean();

  const valLoss = mse(predict(xVal, weights, bias), yVal);
  losses.set(epoch, valLoss);
  if (valLoss < bestLoss - 1e-6) {
    bestLoss = valLoss;
    bestWeights.assign(":", weights);
    bestBias = bias;
    stale = 0;
  } else if (++stale >= PATIENCE) {
    console.log(`early stop at epoch ${epoch}`);
    break;
  }
}

const trainLoss = mse(predict(xTrain, weights, bias), yTrain);
const finalGrid = weights.reshape(2, 2);
const recent = losses.slice(":10");

console.log("initial weights:", formatRow(initialFlat));
console.log("initial weights as 2x2:", initialGrid.tolist());
console.log("best weights:", formatRow(bestWeights), "bias:", bestBias.toFixed(3), "val loss:", bestLoss.toFixed(4));
console.log("final weights:", formatRow(weights), "train loss:", trainLoss.toFixed(4));
console.log("final weights as 2x2:", finalGrid.tolist());
console.log("first validation losses:", formatRow(recent));
