// Batch normalisation with running statistics: fits two training batches, then normalises a test image batch and prints the stats.
// runnable
import { array, ones, zeros, NDArray } from "ndalias";

abstract class Module {
  training = true;

  eval(): this {
    this.training = false;
    return this;
  }

  abstract call(x: NDArray): NDArray;
}

class BatchNorm extends Module {
  readonly runningMean: NDArray;
  readonly runningVar: NDArray;
  protected readonly gamma: NDArray;
  protected readonly beta: NDArray;

  constructor(
    readonly features: number,
    private readonly momentum = 0.1,
  ) {
    super();
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
    this.gamma = ones(features);
    this.beta = zeros(features);
  }

  // Centres every column of the batch and returns the column means that were removed.
  static center(x: NDArray): NDArray {
    const f = x.shape[1];
    const means = zeros(f);
    for (let j = 0; j < f; j++) {
      const column = x.slice(":", j);
      means.set(j, column.mean());
      column.isub(means.get(j)); // expect: no-view-mutation
    }
    return means;
  }

  static columnVar(x: NDArray, means: NDArray): NDArray {
    const f = x.shape[1];
    const out = zeros(f);
    for (let j = 0; j < f; j++) {
      const d = x.slice(":", j).sub(means.get(j));
      out.set(j, d.mul(d).mean());
    }
    return out;
  }

  #normalize(x: NDArray, mean: NDArray, variance: NDArray): NDArray {
    const out = zeros(x.shape);
    for (let j = 0; j < this.features; j++) {
      const scale = this.gamma.get(j) / Math.sqrt(variance.get(j) + 1e-5);
      const col = x.slice(":", j).sub(mean.get(j)).mul(scale).add(this.beta.get(j));
      out.assign(`:, ${j}`, col);
    }
    return out;
  }

  call(x: NDArray): NDArray {
    if (!this.training) return this.#normalize(x, this.runningMean, this.runningVar);
    const means = BatchNorm.center(x);
    const variance = BatchNorm.columnVar(x, means);
    this.runningMean.imul(1 - this.momentum).iadd(means.mul(this.momentum));
    this.runningVar.imul(1 - this.momentum).iadd(variance.mul(this.momentum));
    console.log("  batch means:", means.tolist(), "variances:", variance.tolist());
    return this.#normalize(x, means, variance);
  }
}

const bn = new BatchNorm(3);
const batches = [
  array([[1, 10, 100], [3, 14, 80], [2, 12, 90]]),
  array([[2, 11, 95], [4, 13, 85], [0, 9, 105]]),
];

for (const [i, batch] of batches.entries()) {
  console.log(`batch ${i}:`);
  const y = bn.call(batch);
  console.log("  normalised:", y.tolist());
  console.log("  batch as stored in the dataset:", batch.tolist());
}

bn.eval();
const image = array([[2, 12, 92], [3, 11, 88]], "uint8");
const pixels = image.astype("float64");
pixels.idiv(255); // expect: no-lost-write
const out = bn.call(image);

console.log("running mean:", bn.runningMean.tolist());
console.log("running var:", bn.runningVar.tolist());
console.log("test output:", out.tolist());
