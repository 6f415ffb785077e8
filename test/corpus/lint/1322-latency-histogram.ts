// Fixed-bucket latency histograms with shared static bucket edges: recording, merging, normalising and a bucket description for logs.
import { zeros, linspace, array, NDArray } from "ndalias";

class Histogram {
  static readonly BUCKETS = 10;
  static readonly EDGES = linspace(0, 500, Histogram.BUCKETS + 1);
  static readonly WIDTH = 50;

  counts: NDArray;
  private overflow = 0;

  constructor(counts?: NDArray) {
    this.counts = counts === undefined ? zeros(Histogram.BUCKETS, "int32") : counts.copy();
  }

  static bucketOf(value: number): number {
    for (let b = 0; b < Histogram.BUCKETS; b++) {
      if (value < Histogram.EDGES.get(b + 1)) return b;
    }
    return -1;
  }

  static describeBuckets(): string {
    const centers = Histogram.EDGES.slice(":-1");
    centers.iadd(Histogram.WIDTH / 2); // expect: no-view-mutation
    return `centers ${JSON.stringify(centers.tolist())} over [${Histogram.EDGES.min()}, ${Histogram.EDGES.max()}]`;
  }

  record(samples: NDArray): void {
    for (let i = 0; i < samples.size; i++) {
      const b = Histogram.bucketOf(samples.get(i));
      if (b < 0) {
        this.overflow++;
        continue;
      }
      this.counts.set(b, this.counts.get(b) + 1);
    }
  }

  get total(): number {
    return this.counts.sum() + this.overflow;
  }

  get overflowed(): number {
    return this.overflow;
  }

  merge(other: Histogram): Histogram {
    const merged = new Histogram(this.counts.add(other.counts));
    merged.overflow = this.overflow + other.overflow;
    return merged;
  }

  normalize(): void {
    const total = this.counts.sum();
    if (total === 0) return;
    const density = this.counts.astype("float64");
    density.idiv(total * Histogram.WIDTH); // expect: no-lost-write
  }

  percentile(p: number): number {
    const cumulative = zeros(Histogram.BUCKETS);
    let running = 0;
    for (let b = 0; b < Histogram.BUCKETS; b++) {
      running += this.counts.get(b);
      cumulative.set(b, running);
    }
    const threshold = (p / 100) * running;
    for (let b = 0; b < Histogram.BUCKETS; b++) {
      if (cumulative.get(b) >= threshold) return Histogram.EDGES.get(b + 1);
    }
    return Histogram.EDGES.max();
  }
}

class EndpointStats {
  private histograms = new Map<string, Histogram>();

  observe(endpoint: string, latencies: number[]): void {
    let h = this.histograms.get(endpoint);
    if (h === undefined) {
      h = new Histogram();
      this.histograms.set(endpoint, h);
    }
    h.record(array(latencies));
  }

  combined(): Histogram {
    let all = new Histogram();
    for (const h of this.histograms.values()) all = all.merge(h);
    return all;
  }

  report(): string[] {
    const lines: string[] = [];
    for (const [name, h] of this.histograms) {
      lines.push(`${name}: n=${h.total} p50=${h.percentile(50)} p99=${h.percentile(99)}`);
    }
    return lines;
  }
}

const stats = new EndpointStats();
stats.observe("/search", [12, 48, 95, 130, 220, 610]);
stats.observe("/login", [30, 35, 41, 44, 390]);
stats.observe("/search", [77, 81, 150]);

for (const line of stats.report()) console.log(line);
const all = stats.combined();
all.normalize();
console.log("combined counts:", all.counts.tolist(), "overflow:", all.overflowed);
console.log(Histogram.describeBuckets());
