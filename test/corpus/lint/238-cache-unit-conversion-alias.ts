// Caching layer in front of an expensive aggregation: hits hand out copies, misses store the raw result and remember the last miss for diagnostics.
import { array, zeros, NDArray } from "ndalias";

function aggregateByBucket(samples: NDArray, buckets: number): NDArray {
  const out = zeros(buckets);
  for (let i = 0; i < samples.size; i++) {
    const b = i % buckets;
    out.set(b, out.get(b) + samples.get(i));
  }
  return out;
}

class AggregateCache {
  private readonly entries = new Map<string, NDArray>();
  lastMiss: NDArray | null = null;
  hits = 0;

  constructor(readonly buckets: number, readonly unitScale: number) {}

  lookup(key: string, samples: NDArray): NDArray {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      const served = hit.copy();
      served.imul(this.unitScale);
      return served;
    }
    const result = aggregateByBucket(samples, this.buckets);
    this.entries.set(key, result.copy());
    this.lastMiss = result;
    result.imul(this.unitScale); // expect: no-alias-mutation
    return result;
  }

  resetStats(): void {
    this.hits = 0;
    this.lastMiss?.fill(0);
  }

  missTotal(): number {
    return this.lastMiss === null ? 0 : this.lastMiss.sum();
  }
}

const cache = new AggregateCache(3, 1000);
const latencies = array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
const first = cache.lookup("api", latencies);
const second = cache.lookup("api", latencies);
second.idiv(cache.buckets);
console.log("first:", first.tolist(), "second per bucket:", second.tolist());
console.log("raw miss total (seconds):", cache.missTotal(), "hits:", cache.hits);
cache.resetStats();
