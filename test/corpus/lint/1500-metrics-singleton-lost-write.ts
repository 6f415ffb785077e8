// A process-wide latency metrics singleton: records per-endpoint timings, reports means and a penalised total, and resets between windows.
// runnable
import { zeros, NDArray } from "ndalias";

const ENDPOINTS = ["/search", "/login", "/upload", "/health"] as const;
type Endpoint = (typeof ENDPOINTS)[number];

class Metrics {
  private static singleton: Metrics | undefined;
  readonly totals: NDArray;
  readonly counts: NDArray;
  private windows = 0;

  private constructor(readonly endpoints: readonly string[]) {
    this.totals = zeros(endpoints.length);
    this.counts = zeros(endpoints.length);
  }

  static get(): Metrics {
    return (Metrics.singleton ??= new Metrics(ENDPOINTS));
  }

  record(endpoint: Endpoint, ms: number): void {
    const i = this.endpoints.indexOf(endpoint);
    this.totals.set(i, this.totals.get(i) + ms);
    this.counts.set(i, this.counts.get(i) + 1);
  }

  means(): NDArray {
    const safe = this.counts.copy();
    for (let i = 0; i < safe.size; i++) {
      if (safe.get(i) === 0) safe.set(i, 1);
    }
    return this.totals.div(safe);
  }

  slowest(): string {
    const ranked = this.means();
    let best = 0;
    for (let i = 1; i < ranked.size; i++) {
      if (ranked.get(i) > ranked.get(best)) best = i;
    }
    return this.endpoints[best];
  }

  // Total time if every request had paid an extra fixed penalty.
  penalisedTotal(penaltyMs: number): number {
    const adjusted = this.totals.astype("float64");
    adjusted.iadd(this.counts.mul(penaltyMs)); // expect: no-lost-write
    return this.totals.sum();
  }

  medianOfMeans(): number {
    const ordered = this.means().flatten();
    ordered.sort();
    return ordered.get(Math.floor(ordered.size / 2));
  }

  resetWindow(): number {
    this.windows++;
    this.totals.copy().fill(0); // expect: no-lost-write
    this.counts.fill(0);
    return this.windows;
  }
}

const samples: [Endpoint, number][] = [
  ["/search", 120],
  ["/search", 80],
  ["/login", 45],
  ["/upload", 900],
  ["/upload", 700],
  ["/health", 2],
  ["/login", 55],
];

const metrics = Metrics.get();
for (const [endpoint, ms] of samples) {
  metrics.record(endpoint, ms);
}

console.log("means (ms):", metrics.means().tolist());
console.log("slowest endpoint:", metrics.slowest());
console.log("median of means:", metrics.medianOfMeans());
console.log("penalised total:", Metrics.get().penalisedTotal(10));

const closed = Metrics.get().resetWindow();
console.log(`after reset of window ${closed}:`);
console.log("totals:", Metrics.get().totals.tolist(), "counts:", Metrics.get().counts.tolist());
