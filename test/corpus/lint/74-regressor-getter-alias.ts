// Trains a tiny linear model, then a "what-if" pruning pass grabs the weights through a getter and zeroes small ones before predicting.
import { array, zeros, NDArray } from "ndalias";

class LinearModel {
  private w: NDArray;
  constructor(n: number) {
    this.w = zeros(n);
  }
  get weights(): NDArray {
    return this.w;
  }
  predict(x: NDArray): number {
    return x.mul(this.w).sum();
  }
  fit(xs: NDArray, ys: NDArray, lr: number, epochs: number): number {
    let loss = 0;
    for (let e = 0; e < epochs; e++) {
      loss = 0;
      for (let i = 0; i < xs.shape[0]; i++) {
        const row = xs.slice(i);
        const err = this.predict(row) - ys.get(i);
        loss += err * err;
        this.w.isub(row.mul(lr * err));
      }
    }
    return loss / xs.shape[0];
  }
}

const xs = array([[1, 0.1, 2], [0.5, 0.05, 1], [2, -0.1, 0.5], [1.5, 0.02, 1.5]]);
const ys = array([5, 2.5, 3, 4.5]);
const model = new LinearModel(3);
console.log("final loss:", model.fit(xs, ys, 0.05, 200));

function prunedScore(m: LinearModel, x: NDArray, threshold: number): number {
  const w = m.weights;
  for (let j = 0; j < w.size; j++) {
    if (Math.abs(w.get(j)) < threshold) w.set(j, 0); // expect: no-alias-mutation
  }
  return m.predict(x);
}

const probe = array([1, 1, 1]);
console.log("pruned score:", prunedScore(model, probe, 0.2));
const asF32 = model.weights.astype("float32");
asF32.imul(0.5); // expect: no-lost-write
console.log("weights after pruning:", model.weights.tolist());
