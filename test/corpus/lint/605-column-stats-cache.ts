// Caches running per-column statistics for an ingestion service and hands out standardised copies of incoming batches.
import { array, zeros, NDArray } from "ndalias";

class ColumnStatsCache {
  private sums: NDArray;
  private sumsSq: NDArray;
  private rows = 0;

  constructor(readonly columns: string[]) {
    this.sums = zeros(columns.length);
    this.sumsSq = zeros(columns.length);
  }

  update(batch: NDArray): number {
    for (let r = 0; r < batch.shape[0]; r++) {
      const row = batch.slice(r);
      this.sums.iadd(row);
      this.sumsSq.iadd(row.mul(row));
    }
    this.rows += batch.shape[0];
    return this.rows;
  }

  mean(): NDArray {
    return this.sums.div(Math.max(this.rows, 1));
  }

  std(): NDArray {
    const m = this.mean();
    let variance: NDArray = this.sumsSq.div(Math.max(this.rows, 1));
    variance = variance.sub(m.mul(m));
    const out = variance.copy();
    for (let j = 0; j < out.size; j++) {
      out.set(j, Math.sqrt(Math.max(variance.get(j), 0)));
    }
    return out;
  }

  standardise(batch: NDArray): NDArray {
    let work: NDArray = batch;
    work = work.sub(this.mean());
    work.idiv(this.std().add(1e-9));
    return work;
  }

  drift(batch: NDArray): number {
    const previous = this.sums;
    const baseline = previous.sum();
    this.update(batch);
    return this.sums.sum() - baseline;
  }

  reset(): number {
    const dropped = this.rows;
    this.sums.fill(0);
    this.sumsSq.fill(0);
    this.rows = 0;
    return dropped;
  }
}

const cache = new ColumnStatsCache(["latency_ms", "bytes", "status"]);
const morning = array([[120, 5400, 200], [98, 2100, 200], [310, 88000, 500]]);
const evening = array([[140, 6100, 200], [90, 1900, 404]]);

cache.update(morning);
console.log("drift from evening batch:", cache.drift(evening));
console.log("column means:", cache.mean().tolist());
console.log("standardised evening batch:", cache.standardise(evening).tolist());
console.log("raw evening batch:", evening.tolist(), "rows dropped on reset:", cache.reset());
