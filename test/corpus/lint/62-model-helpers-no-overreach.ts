// Model utilities whose writes stay on copies, scratch buffers or other fields, used while callers hold views and aliases.
import { array, zeros, NDArray } from "ndalias";

function normalisedCopy(x: NDArray): NDArray {
  const y = x.copy();
  y.idiv(y.sum());
  return y;
}

function scratchWork(n: number): number {
  const tmp = zeros(n);
  tmp.fill(1);
  return tmp.sum();
}

class Model {
  weights = array([1, 2, 3]);
  bias = array([0.5]);
  reset(): void {
    this.weights = zeros(3);
    this.weights.fill(1);
  }
  bumpBias(): void {
    this.bias.iadd(1);
  }
}

const scores = array([1, 3]);
const firstScore = scores.slice(":1");
const probs = normalisedCopy(scores);
console.log("first score:", firstScore.sum(), "probabilities:", probs.tolist(), "scratch:", scratchWork(3));

const model = new Model();
const oldWeights = model.weights;
model.bumpBias();
console.log("weights before reset:", oldWeights.sum());
model.reset();
console.log("old weights:", oldWeights.tolist(), "new weights:", model.weights.tolist());
