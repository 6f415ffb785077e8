// A batch-normalisation layer with running statistics, trained on a few batches and then used in inference mode, with per-feature freezing.
import { array, zeros, ones, NDArray } from "ndalias";

class BatchNorm {
  gamma: NDArray;
  beta: NDArray;
  runningMean: NDArray;
  runningVar: NDArray;
  frozen: boolean[];

  constructor(
    readonly features: number,
    readonly momentum = 0.1,
    readonly eps = 1e-5,
  ) {
    this.gamma = ones(features);
    this.beta = zeros(features);
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
    this.frozen = new Array<boolean>(features).fill(false);
  }

  forward(x: NDArray, training: boolean): NDArray {
    const [n, d] = x.shape;
    if (d !== this.features) {
      throw new Error(`expected ${this.features} features, got ${d}`);
    }
    let mean: NDArray;
    let variance: NDArray;
    if (!training || n < 2) {
      mean = this.runningMean.copy();
      variance = this.runningVar.copy();
    } else {
      mean = zeros(d);
      variance = zeros(d);
      for (let j = 0; j < d; j++) {
        const col = x.slice(":", j);
        const mu = col.mean();
        const centered = col.sub(mu);
        mean.set(j, mu);
        variance.set(j, centered.mul(centered).mean());
      }
      const m = this.momentum;
      const rm = this.runningMean;
      rm.assign(":", rm.mul(1 - m).add(mean.mul(m))); // expect: no-alias-mutation
      this.runningVar.imul(1 - m);
      this.runningVar.iadd(variance.mul((m * n) / (n - 1)));
    }

    const std = zeros(d);
    for (let j = 0; j < d; j++) {
      std.set(j, Math.sqrt(variance.get(j) + this.eps));
    }
    const out = x.sub(mean);
    out.idiv(std);
    out.imul(this.gamma);
    out.iadd(this.beta);
    return out;
  }

  freezeFeature(j: number): number {
    if (this.frozen[j]) {
      return this.gamma.get(j);
    }
    this.frozen[j] = true;
    const g = this.gamma.slice(`${j}:${j + 1}`);
    const previous = g.sum();
    g.fill(1); // expect: no-view-mutation
    this.beta.slice(`${j}:${j + 1}`).fill(0);
    return previous;
  }

  scaleUnfrozen(k: number): number {
    let changed = 0;
    for (let j = 0; j < this.features; j++) {
      if (this.frozen[j]) continue;
      this.gamma.set(j, this.gamma.get(j) * k);
      changed++;
    }
    return changed;
  }
}

const layer = new BatchNorm(3);
const batches = [
  array([[1, 10, 100], [2, 12, 90], [3, 14, 110], [4, 16, 95]]),
  array([[2, 11, 105], [3, 13, 98], [5, 15, 102], [6, 9, 101]]),
];
for (const batch of batches) {
  const y = layer.forward(batch, true);
  console.log("train batch output mean:", y.mean().toFixed(4));
}
console.log("running mean:", layer.runningMean.tolist(), "running var:", layer.runningVar.tolist());
console.log("scaled features:", layer.scaleUnfrozen(1.5));
console.log("gamma before freezing feature 1 was:", layer.freezeFeature(1));
const test = layer.forward(array([[3, 12, 100]]), false);
console.log("inference output:", test.tolist(), "gamma now:", layer.gamma.tolist());
