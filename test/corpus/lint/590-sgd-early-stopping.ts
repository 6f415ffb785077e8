// Trains a linear model with SGD and weight decay, keeps the best weights for early stopping and prints them with the final ones.
// runnable
import { array, NDArray } from "ndalias";

class LinearModel {
  weights: NDArray;

  constructor(initial: NDArray) {
    this.weights = initial.copy();
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum();
  }

  step(x: NDArray, target: number, lr: number): number {
    const err = this.predict(x) - target;
    this.weights.isub(x.mul(lr * err));
    return err * err;
  }
}

const inputs = [array([1, 0.5]), array([0.2, 1]), array([1, 1]), array([0.5, 0.1])];
const targets = [2.0, 1.5, 3.0, 0.9];
const model = new LinearModel(array([0, 0]));
const decay = 0.01;

let bestLoss = Infinity;
let bestWeights: NDArray = model.weights;
for (let epoch = 0; epoch < 6; epoch++) {
  let loss = 0;
  for (let k = 0; k < inputs.length; k++) {
    loss += model.step(inputs[k], targets[k], 0.1);
  }
  if (loss < bestLoss) {
    bestLoss = loss;
    bestWeights = model.weights;
  }
  model.weights.imul(1 - decay); // expect: no-alias-mutation
  console.log(`epoch ${epoch}: loss ${loss.toFixed(4)}`);
}

console.log("best loss:", bestLoss.toFixed(4), "best weights:", bestWeights.tolist());
console.log("final weights:", model.weights.tolist());
