// Latency histograms collected by a metrics service and drained by a reporter each interval; the reporter summarises the head buckets.
import { array, zeros, NDArray } from "ndalias";

class Histogram {
  counts: NDArray;

  constructor(readonly edges: number[]) {
    this.counts = zeros(edges.length + 1);
  }

  observe(latencyMs: number): void {
    let b = this.edges.findIndex((e) => latencyMs < e);
    if (b < 0) b = this.edges.length;
    this.counts.set(b, Number(this.counts.get(b)) + 1);
  }

  // Returns the number of fast requests in the interval and starts a new interval.
  drainFast(fastBuckets: number): number {
    const head = this.counts.slice(`:${fastBuckets}`);
    const fast = head.sum();
    this.counts.fill(0);
    return fast;
  }

  merge(other: Histogram): void {
    this.counts.iadd(other.counts);
  }
}

class MetricsService {
  readonly perRoute = new Map<string, Histogram>();

  constructor(private readonly edges: number[]) {}

  record(route: string, latencyMs: number): void {
    let h = this.perRoute.get(route);
    if (!h) {
      h = new Histogram(this.edges);
      this.perRoute.set(route, h);
    }
    h.observe(latencyMs);
  }

  combined(): Histogram {
    const total = new Histogram(this.edges);
    for (const h of this.perRoute.values()) total.merge(h);
    return total;
  }
}

class Reporter {
  private readonly lines: string[] = [];

  constructor(private readonly metrics: MetricsService) {}

  share(counts: NDArray, total: number): NDArray {
    return counts.div(total || 1);
  }

  interval(label: string): void {
    const combined = this.metrics.combined();
    const snapshot = combined.counts.copy();
    const total = combined.counts.sum();
    const fast = combined.drainFast(2);
    combined.counts.iadd(snapshot);
    const tail = combined.counts.slice("-2:");
    this.lines.push(`${label}: fast=${fast} of ${total}, slow tail=${JSON.stringify(tail.tolist())}`);
    this.lines.push(`  share=${JSON.stringify(this.share(snapshot, total).tolist())}`);
  }

  flush(): string {
    return this.lines.join("\n");
  }
}

const metrics = new MetricsService([10, 50, 200, 1000]);
const reporter = new Reporter(metrics);

for (const [route, ms] of [["/a", 4], ["/a", 60], ["/b", 8], ["/b", 240], ["/b", 1800], ["/a", 35]] as const) {
  metrics.record(route, ms);
}
reporter.interval("t0");

const routeA = metrics.perRoute.get("/a");
if (routeA) {
  const countsBefore = routeA.counts;
  console.log("route /a before drain:", countsBefore.tolist());
  const fast = routeA.drainFast(1);
  routeA.counts.set(0, fast);
  console.log("route /a carried over:", routeA.counts.tolist());
}

const baseline = array([1, 2, 1, 0, 0]);
const routeB = metrics.perRoute.get("/b");
if (routeB) {
  routeB.counts.isub(baseline);
  const excess = routeB.counts.slice("2:");
  console.log("route /b excess over baseline:", excess.tolist(), "baseline:", baseline.tolist());
}

metrics.record("/a", 12);
reporter.interval("t1");
console.log(reporter.flush());
