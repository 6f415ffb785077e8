// Tracks running feature statistics in a module-level record and in a normalizer class, and standardises incoming batches.
import { array, zeros, NDArray } from "ndalias";

const RUNNING = { mean: zeros(3), sqMean: zeros(3), count: 0 };

export function observe(sample: NDArray): number {
  const rate = 1 / (RUNNING.count + 1);
  RUNNING.mean.imul(1 - rate);
  RUNNING.mean.iadd(sample.mul(rate));
  RUNNING.sqMean.imul(1 - rate);
  RUNNING.sqMean.iadd(sample.mul(sample).mul(rate));
  RUNNING.count += 1;
  return RUNNING.count;
}

export function runningStd(): NDArray {
  const variance = RUNNING.sqMean.sub(RUNNING.mean.mul(RUNNING.mean));
  for (let i = 0; i < variance.size; i++) {
    variance.set(i, Math.sqrt(Math.max(variance.get(i), 0)));
  }
  return variance;
}

export function decayAll(factor: number): number {
  const { mean, sqMean } = RUNNING;
  mean.imul(factor); // expect: no-alias-mutation
  return mean.sum() + sqMean.sum();
}

export class Normalizer {
  private stats = zeros([2, 3]);
  private seen = 0;

  update(sample: NDArray): number {
    const meanRow = this.stats.slice(0);
    const next = meanRow.mul(this.seen).add(sample).div(this.seen + 1);
    meanRow.assign(":", next); // expect: no-view-mutation
    this.seen += 1;
    return this.stats.get(0, 0);
  }

  recordSpread(sample: NDArray): number {
    const deviation = sample.sub(this.stats.slice(0));
    deviation.imul(deviation);
    this.stats.assign("1", this.stats.slice(1).mul(0.9).add(deviation.mul(0.1)));
    return this.stats.slice(1).sum();
  }

  apply(sample: NDArray): NDArray {
    const out = sample.sub(this.stats.slice(0));
    const spread = this.stats.slice(1);
    for (let i = 0; i < out.size; i++) {
      out.set(i, out.get(i) / Math.sqrt(Math.max(spread.get(i), 1e-12)));
    }
    return out;
  }

  reset(): void {
    this.stats.fill(0);
    this.seen = 0;
  }

  snapshot(): NDArray {
    return this.stats.copy();
  }
}

const samples = [
  array([1.0, 10.0, 100.0]),
  array([2.0, 12.0, 90.0]),
  array([1.5, 11.0, 110.0]),
  array([0.5, 9.0, 95.0]),
];

const normalizer = new Normalizer();
for (const s of samples) {
  observe(s);
  normalizer.update(s);
  normalizer.recordSpread(s);
}
const before = normalizer.snapshot();
console.log("running mean:", RUNNING.mean.tolist(), "std:", runningStd().tolist());
console.log("normalizer stats:", before.tolist());
console.log("standardised last sample:", normalizer.apply(samples[3]).tolist());

console.log("decayed total:", decayAll(0.5).toFixed(3), "mean now:", RUNNING.mean.tolist());
normalizer.reset();
console.log("after reset:", normalizer.snapshot().tolist(), "kept snapshot:", before.tolist());
