// Mini-batch SGD for a linear model: a generator yields scaled copies of row batches, and the model accumulates and applies gradients.
import { array, zeros, NDArray } from "ndalias";

function* miniBatches(x: NDArray, y: NDArray, size: number, scale: number): Generator<[NDArray, NDArray]> {
  const n = x.shape[0];
  for (let start = 0; start < n; start += size) {
    const idx: number[] = [];
    for (let i = start; i < Math.min(n, start + size); i++) idx.push(i);
    const xb = x.take(idx, 0);
    xb.idiv(scale);
    yield [xb, y.take(idx)];
  }
}

class LinearModel {
  weights: NDArray;
  grad: NDArray;

  constructor(dim: number) {
    this.weights = zeros(dim);
    this.grad = zeros(dim);
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum();
  }

  accumulate(xb: NDArray, yb: NDArray): void {
    for (let i = 0; i < xb.shape[0]; i++) {
      const row = xb.slice(i);
      const err = this.predict(row) - yb.get(i);
      this.grad.iadd(row.mul(err / xb.shape[0]));
    }
  }

  step(lr: number): void {
    this.weights.isub(this.grad.mul(lr));
    this.grad.fill(0);
  }
}

const features = array([
  [1, 2],
  [2, 1],
  [3, 4],
  [4, 3],
  [5, 5],
]);
const targets = array([5, 4, 11, 10, 15]);

const model = new LinearModel(2);
for (let epoch = 0; epoch < 50; epoch++) {
  for (const [xb, yb] of miniBatches(features, targets, 2, 5)) {
    model.accumulate(xb, yb);
    model.step(0.5);
  }
}

const probe = features.slice(0).copy();
probe.idiv(5);
console.log("weights:", model.weights.tolist());
console.log("prediction for the first row:", model.predict(probe).toFixed(2), "target:", targets.get(0));
console.log("features untouched:", features.tolist());
