// Metrics aggregator with per-key ring buffers: record into owned buffers, summarise with percentiles and export a matrix for the dashboard.
import { zeros, NDArray } from "ndalias";

class MetricsAggregator {
  private readonly buffers = new Map<string, NDArray>();
  private readonly cursors = new Map<string, number>();

  constructor(readonly capacity: number) {}

  private buffer(key: string): NDArray {
    let buf = this.buffers.get(key);
    if (buf === undefined) {
      buf = zeros(this.capacity);
      this.buffers.set(key, buf);
      this.cursors.set(key, 0);
    }
    return buf;
  }

  record(key: string, value: number): void {
    const cursor = this.cursors.get(key) ?? 0;
    this.buffer(key).set(cursor % this.capacity, value);
    this.cursors.set(key, cursor + 1);
  }

  median(key: string): number {
    const sorted = this.buffer(key).flatten();
    sorted.sort();
    return sorted.get(Math.floor(sorted.size / 2));
  }

  percentileWithLatest(key: string, q: number): [number, number] {
    const buf = this.buffer(key);
    const ordered = buf.ravel();
    ordered.sort(); // expect: no-view-mutation
    const p = ordered.get(Math.min(this.capacity - 1, Math.floor(q * this.capacity)));
    const last = ((this.cursors.get(key) ?? 1) - 1 + this.capacity) % this.capacity;
    return [p, buf.get(last)];
  }

  reset(key: string): void {
    this.buffers.get(key)?.fill(0);
    this.cursors.set(key, 0);
  }

  exportMatrix(keys: string[]): NDArray {
    const out = zeros([keys.length, this.capacity]);
    keys.forEach((k, i) => {
      out.slice(i).assign(":", this.buffer(k));
    });
    return out;
  }
}

const agg = new MetricsAggregator(5);
for (const v of [120, 80, 95, 300, 110, 90]) agg.record("latency", v);
for (const v of [1, 0, 0, 2]) agg.record("errors", v);
console.log("median latency:", agg.median("latency"));
const [p90, latest] = agg.percentileWithLatest("latency", 0.9);
console.log("p90:", p90, "latest sample:", latest);
const matrix = agg.exportMatrix(["latency", "errors"]);
matrix.idiv(matrix.max());
console.log("dashboard matrix:", matrix.tolist());
agg.reset("errors");
