// Trains a tiny logistic regression with a batch loader and an Adam optimiser that updates the weights it was given in place.
import { array, zeros, NDArray } from "ndalias";

class Loader {
  constructor(readonly x: NDArray, readonly y: NDArray, readonly batch: number) {}
  *batches(): Generator<[NDArray, NDArray]> {
    for (let i = 0; i < this.x.shape[0]; i += this.batch) {
      yield [this.x.slice(`${i}:${i + this.batch}`), this.y.slice(`${i}:${i + this.batch}`)];
    }
  }
}

class Adam {
  m: NDArray;
  v: NDArray;
  t = 0;
  constructor(readonly params: NDArray, readonly lr = 0.1) {
    this.m = zeros(params.shape);
    this.v = zeros(params.shape);
  }
  step(grad: NDArray): void {
    this.t++;
    this.m.imul(0.9).iadd(grad.mul(0.1));
    this.v.imul(0.999).iadd(grad.mul(grad).mul(0.001));
    const mHat = this.m.div(1 - 0.9 ** this.t);
    const vHat = this.v.div(1 - 0.999 ** this.t);
    for (let i = 0; i < this.params.size; i++) {
      this.params.set(i, this.params.get(i) - (this.lr * mHat.get(i)) / (Math.sqrt(vHat.get(i)) + 1e-8));
    }
  }
}
function gradient(w: NDArray, xb: NDArray, yb: NDArray): NDArray {
  const g = zeros(w.size);
  for (let r = 0; r < xb.shape[0]; r++) {
    const row = xb.slice(r);
    const p = 1 / (1 + Math.exp(-row.mul(w).sum()));
    g.iadd(row.mul(p - yb.get(r)));
  }
  return g.div(xb.shape[0]);
}

const x = array([[1, 0.5], [1, -1.2], [1, 2.0], [1, 0.1], [1, -0.7], [1, 1.5]]);
const y = array([1, 0, 1, 1, 0, 1]);
const weights = zeros(2);
const opt = new Adam(weights);
const loader = new Loader(x, y, 2);
for (let epoch = 0; epoch < 20; epoch++) {
  for (const [xb, yb] of loader.batches()) opt.step(gradient(weights, xb, yb));
}
console.log("weights:", weights.tolist(), "adam steps:", opt.t);
