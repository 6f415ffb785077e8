// Exponential moving averages of batch statistics in a normalisation layer, reporting drift and displaying the statistics.
import { array, zeros, ones, NDArray } from "ndalias";

class RunningStats {
  mean = zeros(3);
  variance = ones(3);
  update(batchMean: NDArray, batchVar: NDArray, momentum: number): number {
    const m = this.mean;
    const before = m.copy();
    m.assign(":", m.mul(1 - momentum).add(batchMean.mul(momentum))); // expect: no-alias-mutation
    this.variance.imul(1 - momentum);
    this.variance.iadd(batchVar.mul(momentum));
    const drift = m.sub(before);
    return Math.sqrt(drift.mul(drift).sum());
  }
  get runningMean(): NDArray {
    return this.mean;
  }
  getVariance(): NDArray {
    return this.variance;
  }
}

const stats = new RunningStats();
console.log("drift:", stats.update(array([0.5, 1.0, -0.2]), array([1.1, 0.9, 1.3]), 0.1));
const meanPct = stats.runningMean;
meanPct.imul(100); // expect: no-alias-mutation
const std = stats.getVariance();
for (let i = 0; i < std.size; i++) std.set(i, Math.sqrt(std.get(i))); // expect: no-alias-mutation
console.log("mean (%):", meanPct.tolist(), "std:", std.tolist());
console.log("stored mean:", stats.mean.tolist(), "stored variance:", stats.variance.tolist());
