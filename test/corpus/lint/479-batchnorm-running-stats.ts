// A 1-D batch-normalisation layer with running statistics, used for a few training batches and then in evaluation mode.
import { array, NDArray, ones, zeros } from "ndalias";

function columnMean(x: NDArray): NDArray {
  const d = x.shape[1];
  const m = zeros(d);
  for (let j = 0; j < d; j++) m.set(j, x.slice(":", j).mean());
  return m;
}

function sqrtEach(x: NDArray): NDArray {
  const r = x.copy();
  for (let i = 0; i < r.size; i++) r.set(i, Math.sqrt(r.get(i)));
  return r;
}

class BatchNorm1d {
  runningMean: NDArray;
  runningVar: NDArray;
  gamma: NDArray;
  beta: NDArray;
  training = true;

  constructor(readonly features: number, readonly momentum = 0.1, readonly eps = 1e-5) {
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
    this.gamma = ones(features);
    this.beta = zeros(features);
  }

  forward(x: NDArray): NDArray {
    if (!this.training) {
      const std = sqrtEach(this.runningVar.add(this.eps));
      return x.sub(this.runningMean).div(std).mul(this.gamma).add(this.beta);
    }
    const n = x.shape[0];
    const mean = columnMean(x);
    const dev = x.sub(mean);
    const variance = columnMean(dev.mul(dev));

    const rm = this.runningMean;
    rm.assign(":", rm.mul(1 - this.momentum).add(mean.mul(this.momentum))); // expect: no-alias-mutation
    const unbiased = variance.mul(n / (n - 1));
    this.runningVar.imul(1 - this.momentum);
    this.runningVar.iadd(unbiased.mul(this.momentum));

    // Centre the batch as an (n, features) matrix.
    const centred = x.reshape(n, this.features);
    centred.isub(mean); // expect: no-view-mutation
    const out = centred.div(sqrtEach(variance.add(this.eps)));
    out.imul(this.gamma);
    out.iadd(this.beta);
    return out;
  }
}

const bn = new BatchNorm1d(2);
const batches = [
  array([[1, 10], [3, 14], [2, 12], [6, 8]]),
  array([[0, 11], [4, 9], [5, 13], [3, 7]]),
];
for (const batch of batches) {
  const y = bn.forward(batch);
  console.log("train output mean per column:", columnMean(y).tolist());
}
console.log("first batch after training:", batches[0].tolist());

bn.training = false;
const probe = array([[3, 10], [4, 11]]);
const evalOut = bn.forward(probe);
console.log("running mean:", bn.runningMean.tolist(), "running var:", bn.runningVar.tolist());
console.log("eval output:", evalOut.tolist(), "probe unchanged:", probe.tolist());
