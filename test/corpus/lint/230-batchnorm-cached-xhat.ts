// Batch normalisation over a [batch, features] matrix: per-feature statistics from column views, broadcasting through reshaped rows, running averages updated on own fields; the forward pass caches x-hat and then scales it, and the inference path normalises its input in place.
import { array, ones, zeros, NDArray } from "ndalias";

class BatchNorm {
  readonly gamma: NDArray;
  readonly beta: NDArray;
  readonly runningMean: NDArray;
  readonly runningVar: NDArray;
  cacheXhat: NDArray | null = null;

  constructor(readonly features: number, readonly momentum = 0.1, readonly eps = 1e-5) {
    this.gamma = ones(features);
    this.beta = zeros(features);
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
  }

  private columnStats(x: NDArray): { mean: NDArray; variance: NDArray } {
    const mean = zeros(this.features);
    const variance = zeros(this.features);
    for (let j = 0; j < this.features; j++) {
      const col = x.slice(":", j);
      const mu = col.mean();
      const dev = col.sub(mu);
      mean.set(j, mu);
      variance.set(j, dev.mul(dev).mean());
    }
    return { mean, variance };
  }

  private static sqrtInPlace(v: NDArray): void {
    for (let j = 0; j < v.size; j++) v.set(j, Math.sqrt(v.get(j)));
  }

  forward(x: NDArray): NDArray {
    const { mean, variance } = this.columnStats(x);
    this.runningMean.imul(1 - this.momentum);
    this.runningMean.iadd(mean.mul(this.momentum));
    this.runningVar.imul(1 - this.momentum);
    this.runningVar.iadd(variance.mul(this.momentum));
    const std = variance.add(this.eps);
    BatchNorm.sqrtInPlace(std);
    const xhat = x.sub(mean.reshape(1, -1)).div(std.reshape(1, -1));
    this.cacheXhat = xhat;
    xhat.imul(this.gamma.reshape(1, -1)); // expect: no-alias-mutation
    return xhat.add(this.beta.reshape(1, -1));
  }

  gradGamma(dy: NDArray): NDArray {
    const xhat = this.cacheXhat;
    if (xhat === null) throw new Error("gradGamma called before forward");
    const prod = dy.mul(xhat);
    const g = zeros(this.features);
    for (let j = 0; j < this.features; j++) g.set(j, prod.slice(":", j).sum());
    return g;
  }

  normaliseInference(x: NDArray): NDArray {
    const std = this.runningVar.add(this.eps);
    BatchNorm.sqrtInPlace(std);
    const scale = this.gamma.div(std).reshape(1, -1);
    const shift = this.beta.sub(this.runningMean.mul(this.gamma).div(std)).reshape(1, -1);
    x.assign(":", x.mul(scale).add(shift)); // expect: no-alias-mutation
    return x;
  }
}

const bn = new BatchNorm(3);
const batch = array([[1, 2, 3], [4, 5, 6], [7, 8, 10], [2, 2, 2]]);
const out = bn.forward(batch);
console.log("train output:", out.tolist(), "gamma grad:", bn.gradGamma(array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])).tolist());
console.log("running mean:", bn.runningMean.tolist(), "batch untouched:", batch.sum());

const probe = array([[3, 3, 3], [5, 6, 7]]);
const probeSum = probe.sum();
const normed = bn.normaliseInference(probe);
console.log("inference output:", normed.tolist(), "raw probe sum before:", probeSum, "after:", probe.sum());
