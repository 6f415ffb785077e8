// Stochastic weight averaging plus a random-perturbation check of the averaged model, for a one-layer regressor.
import { array, zeros, NDArray } from "ndalias";

interface Model {
  weights: NDArray;
  bias: number;
}

function predictAll(model: Model, xs: NDArray): NDArray {
  const out = zeros(xs.shape[0]);
  for (let i = 0; i < xs.shape[0]; i++) {
    let acc = model.bias;
    for (let j = 0; j < model.weights.size; j++) acc += model.weights.get(j) * xs.get(i, j);
    out.set(i, acc);
  }
  return out;
}

function evaluate(model: Model, xs: NDArray, ys: NDArray): number {
  const err = predictAll(model, xs).sub(ys);
  return err.mul(err).mean();
}

// Folds the current weights into the running average of n snapshots and returns the average.
function averageInto(avg: NDArray, current: NDArray, n: number): NDArray {
  avg.assign(":", avg.mul(n / (n + 1)).add(current.div(n + 1))); // expect: no-alias-mutation
  return avg;
}

function sgdStep(model: Model, xs: NDArray, ys: NDArray, lr: number): void {
  const err = predictAll(model, xs).sub(ys);
  const grad = zeros(model.weights.size);
  for (let j = 0; j < grad.size; j++) {
    let acc = 0;
    for (let i = 0; i < xs.shape[0]; i++) acc += err.get(i) * xs.get(i, j);
    grad.set(j, (2 * acc) / xs.shape[0]);
  }
  model.weights.isub(grad.mul(lr));
  model.bias -= lr * 2 * err.mean();
}

const xs = array([
  [0.5, 1.0],
  [1.5, -0.5],
  [-1.0, 0.3],
  [2.0, 2.0],
  [0.0, -1.2],
  [1.1, 0.4],
]);
const ys = array([1.9, 0.4, -0.6, 5.1, -1.3, 1.8]);

const model: Model = { weights: zeros(2), bias: 0 };
const swaWeights = zeros(2);
let snapshots = 0;

for (let epoch = 0; epoch < 30; epoch++) {
  const lr = epoch < 20 ? 0.1 : 0.03;
  sgdStep(model, xs, ys, lr);
  if (epoch >= 20) {
    averageInto(swaWeights, model.weights, snapshots);
    snapshots += 1;
  }
}

const swaModel: Model = { weights: swaWeights.copy(), bias: model.bias };
const baseLoss = evaluate(swaModel, xs, ys);

// Random perturbation check: does a small nudge of the trained weights help?
let seed = 7;
function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
}

const perturbation = array([rand() * 0.1, rand() * 0.1]);
const { weights: trial } = model;
trial.iadd(perturbation); // expect: no-alias-mutation
const trialLoss = evaluate({ weights: trial, bias: model.bias }, xs, ys);
const accepted = trialLoss < evaluate(swaModel, xs, ys);

// A second trial on a private copy of the averaged weights.
const trial2 = swaModel.weights.add(perturbation.mul(-1));
trial2.imul(0.99);
const trial2Loss = evaluate({ weights: trial2, bias: swaModel.bias }, xs, ys);

console.log(`swa over ${snapshots} snapshots: loss ${baseLoss.toFixed(4)}`);
console.log(`trial loss ${trialLoss.toFixed(4)} (${accepted ? "accepted" : "rejected"}), trial2 ${trial2Loss.toFixed(4)}`);
console.log("model weights after the check:", model.weights.tolist(), "bias:", model.bias.toFixed(3));
console.log("swa weights:", swaWeights.tolist());
