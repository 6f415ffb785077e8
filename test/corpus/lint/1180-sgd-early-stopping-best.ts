// Trains a linear regressor with momentum SGD and early stopping, keeping the best weights seen for the final evaluation.
// runnable
import { array, zeros, NDArray } from "ndalias";

const X = array([
  [1.0, 0.5, -0.3],
  [0.2, 1.2, 0.7],
  [-0.8, 0.3, 1.1],
  [1.5, -0.4, 0.2],
  [0.1, 0.9, -1.0],
  [-0.6, -1.1, 0.4],
]);
const y = array([1.2, 2.1, 0.4, 1.0, 0.3, -1.4]);
const Xval = array([
  [0.5, 0.5, 0.5],
  [1.0, -1.0, 0.0],
  [-0.2, 0.8, 0.3],
]);
const yval = array([1.1, 0.2, 0.9]);

function predict(inputs: NDArray, w: NDArray): NDArray {
  const n = inputs.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < w.size; j++) acc += inputs.get(i, j) * w.get(j);
    out.set(i, acc);
  }
  return out;
}

function mse(inputs: NDArray, targets: NDArray, w: NDArray): number {
  const err = predict(inputs, w).sub(targets);
  return err.mul(err).mean();
}

function gradient(inputs: NDArray, targets: NDArray, w: NDArray): NDArray {
  const err = predict(inputs, w).sub(targets);
  const n = inputs.shape[0];
  const g = zeros(w.size);
  for (let j = 0; j < w.size; j++) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += err.get(i) * inputs.get(i, j);
    g.set(j, (2 * acc) / n);
  }
  return g;
}

class MomentumSGD {
  private velocity: NDArray;
  private steps = 0;

  constructor(size: number, private lr: number, private momentum: number) {
    this.velocity = zeros(size);
  }

  // Returns the step to subtract from the weights and advances the optimizer state.
  direction(grad: NDArray): NDArray {
    this.steps += 1;
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad);
    return this.velocity.mul(this.lr);
  }

  get stepCount(): number {
    return this.steps;
  }
}

const weights = zeros(3);
const initialWeights = weights.copy();
const optimizer = new MomentumSGD(3, 0.05, 0.9);

let bestWeights: NDArray = zeros(3);
let bestLoss = Infinity;
let bestEpoch = -1;
const patience = 4;
let epochsWithoutImprovement = 0;
const history: number[] = [];

for (let epoch = 0; epoch < 60; epoch++) {
  const trainLoss = mse(X, y, weights);
  const valLoss = mse(Xval, yval, weights);
  history.push(valLoss);

  if (valLoss < bestLoss - 1e-6) {
    bestLoss = valLoss;
    bestEpoch = epoch;
    bestWeights = weights;
    epochsWithoutImprovement = 0;
  } else {
    epochsWithoutImprovement += 1;
    if (epochsWithoutImprovement >= patience) {
      console.log(`early stop at epoch ${epoch} (train ${trainLoss.toFixed(4)})`);
      break;
    }
  }

  const step = optimizer.direction(gradient(X, y, weights));
  weights.isub(step); // expect: no-alias-mutation
}

initialWeights.iadd(0.01);
console.log("perturbed initial weights:", initialWeights.tolist());
console.log("optimizer steps:", optimizer.stepCount, "epochs logged:", history.length);
console.log(`best validation loss ${bestLoss.toFixed(4)} at epoch ${bestEpoch}`);
console.log("restored weights:", bestWeights.tolist());
console.log("validation loss of restored weights:", mse(Xval, yval, bestWeights).toFixed(4));
console.log("final training loss:", mse(X, y, weights).toFixed(4));
