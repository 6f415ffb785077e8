// Tracks running per-feature statistics for a streaming normaliser and answers what-if queries about the next batch.
import { array, zeros, NDArray } from "ndalias";

class RunningStats {
  mean: NDArray | null = null;
  sqMean: NDArray | null = null;
  count = 0;

  constructor(readonly momentum: number) {}

  observe(batchMean: NDArray, batchSqMean: NDArray): void {
    this.count += 1;
    if (this.mean === null || this.sqMean === null) {
      this.mean = batchMean.copy();
      this.sqMean = batchSqMean.copy();
      return;
    }
    this.mean.imul(1 - this.momentum);
    this.mean.iadd(batchMean.mul(this.momentum));
    this.sqMean.imul(1 - this.momentum);
    this.sqMean.iadd(batchSqMean.mul(this.momentum));
  }

  variance(): NDArray | null {
    if (!this.mean || !this.sqMean) return null;
    return this.sqMean.sub(this.mean.mul(this.mean));
  }

  centred(batch: NDArray): NDArray {
    const out = batch.copy();
    if (this.mean) out.isub(this.mean);
    return out;
  }

  spread(): number {
    const v = this.variance();
    if (!v) return 0;
    v.imul(v.size);
    return Math.sqrt(v.mean());
  }

  meanLevel(): number {
    const m = this.mean;
    return m ? m.mean() : 0;
  }

  // What the summed mean would be if `delta` were added to it.
  previewShift(delta: NDArray): number {
    const m = this.mean ?? zeros(delta.size);
    m.iadd(delta); // expect: no-alias-mutation
    return m.sum();
  }

  // Largest of the first two feature means after capping them at `limit`.
  cappedLeadingMax(limit: number): number {
    const lead = this.mean?.slice(":2");
    if (!lead) return 0;
    for (let i = 0; i < lead.size; i++) {
      lead.set(i, Math.min(limit, lead.get(i))); // expect: no-view-mutation
    }
    return lead.max();
  }

  clearLeading(): number {
    this.mean?.slice(":2").fill(0);
    return this.mean?.sum() ?? 0;
  }

  reset(): void {
    this.mean?.fill(0);
    this.sqMean?.fill(0);
    this.count = 0;
  }
}

function formatVec(x: NDArray | null): string {
  return x ? (x.tolist() as number[]).map((v) => v.toFixed(3)).join(", ") : "-";
}

const stats = new RunningStats(0.1);
const batches = [
  array([[0.2, 1.1, -0.4], [0.4, 0.9, -0.2]]),
  array([[0.3, 1.3, -0.5], [0.1, 1.0, -0.3]]),
  array([[0.5, 1.2, -0.1], [0.2, 0.8, -0.6]]),
];

for (const b of batches) {
  const rows = b.shape[0];
  const mean = b.sum() / b.size;
  const colMean = b.slice(0).add(b.slice(1)).div(rows);
  const colSq = b.slice(0).mul(b.slice(0)).add(b.slice(1).mul(b.slice(1))).div(rows);
  stats.observe(colMean, colSq);
  console.log("batch overall mean:", mean.toFixed(3));
}

console.log("running mean:", formatVec(stats.mean));
console.log("variance:", formatVec(stats.variance()));
console.log("spread:", stats.spread().toFixed(4), "level:", stats.meanLevel().toFixed(4));

const probe = array([0.3, 1.0, -0.2]);
console.log("centred probe:", formatVec(stats.centred(probe)), "probe:", formatVec(probe));
console.log("preview of shifted total:", stats.previewShift(array([0.05, 0.05, 0.05])).toFixed(4));
console.log("capped leading max:", stats.cappedLeadingMax(0.25).toFixed(4));
console.log("running mean after queries:", formatVec(stats.mean));

console.log("total after clearing leading features:", stats.clearLeading().toFixed(4));
stats.reset();
console.log("after reset:", formatVec(stats.mean), "count:", stats.count);
