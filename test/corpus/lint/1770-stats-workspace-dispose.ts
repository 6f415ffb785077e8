// A disposable running-statistics workspace that accumulates batches into its own buffers and reports per-feature mean and variance.
import { array, zeros, NDArray } from "ndalias";

class RunningStats implements Disposable {
  readonly sum: NDArray;
  readonly sumSq: NDArray;
  private readonly scratch: NDArray;
  count = 0;

  constructor(readonly features: number) {
    this.sum = zeros(features);
    this.sumSq = zeros(features);
    this.scratch = zeros(features);
  }

  add(sample: NDArray): void {
    this.scratch.assign(":", sample);
    this.scratch.imul(sample);
    this.sumSq.iadd(this.scratch);
    this.sum.iadd(sample);
    this.count++;
  }

  addBatch(batch: NDArray): number {
    for (let r = 0; r < batch.shape[0]; r++) {
      using row = batch.slice(r);
      this.add(row);
    }
    return this.count;
  }

  mean(): NDArray {
    return this.sum.div(Math.max(1, this.count));
  }

  variance(): NDArray {
    const m = this.mean();
    const v = this.sumSq.div(Math.max(1, this.count));
    v.isub(m.mul(m));
    m.dispose();
    return v;
  }

  reset(): number {
    const seen = this.count;
    this.sum.fill(0);
    this.sumSq.fill(0);
    this.scratch.fill(0);
    this.count = 0;
    return seen;
  }

  rescale(factor: number): number {
    this.sum.imul(factor);
    this.sumSq.imul(factor * factor);
    return this.sum.sum();
  }

  [Symbol.dispose](): void {
    this.sum.dispose();
    this.sumSq.dispose();
    this.scratch.dispose();
  }
}

function summarize(label: string, stats: RunningStats): void {
  using mean = stats.mean();
  using variance = stats.variance();
  console.log(`${label}: n=${stats.count} mean=${JSON.stringify(mean.tolist())} var=${JSON.stringify(variance.tolist())}`);
}

function main(): void {
  using stats = new RunningStats(3);
  const morning = array([[1, 2, 3], [2, 2, 2], [3, 2, 1]]);
  const evening = array([[10, 0, 5], [12, 1, 4]]);

  stats.addBatch(morning);
  const sumAfterMorning = stats.sum.copy();
  stats.addBatch(evening);
  summarize("all samples", stats);
  console.log("sum after the morning batch:", sumAfterMorning.tolist());

  const totals = stats.sum;
  console.log("running totals before rescaling:", totals.tolist());
  const scaled = stats.rescale(0.5);
  console.log("rescaled total:", scaled);

  const frozenVariance = stats.variance();
  const seen = stats.reset();
  console.log(`reset after ${seen} samples; variance before reset:`, frozenVariance.tolist());

  stats.addBatch(evening);
  summarize("evening only", stats);
  stats.sum.fill(0);
  stats.sumSq.fill(0);
  stats.count = 0;
  console.log("cleared sums:", stats.sum.tolist(), stats.sumSq.tolist());

  frozenVariance.dispose();
  sumAfterMorning.dispose();
  morning.dispose();
  evening.dispose();
}

main();
