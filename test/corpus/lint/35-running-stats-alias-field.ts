// Exponential moving averages of batch statistics in a normalisation layer, reporting how far the mean drifted per update.
import { array, zeros, ones, NDArray } from "ndalias";

class RunningStats {
  mean = zeros(3);
  variance = ones(3);
  update(batchMean: NDArray, batchVar: NDArray, momentum: number): number {
    const m = this.mean;
    const before = m.copy();
    m.imul(1 - momentum); // expect: no-alias-mutation
    m.iadd(batchMean.mul(momentum)); // expect: no-alias-mutation
    this.variance.imul(1 - momentum);
    this.variance.iadd(batchVar.mul(momentum));
    const drift = m.sub(before);
    return Math.sqrt(drift.mul(drift).sum());
  }
}

const stats = new RunningStats();
console.log("drift:", stats.update(array([0.5, 1.0, -0.2]), array([1.1, 0.9, 1.3]), 0.1));
console.log("mean:", stats.mean.tolist(), "variance:", stats.variance.tolist());
