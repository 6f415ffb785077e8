// An LRU cache of embedding vectors for a recommendation endpoint, with hit/miss/eviction counters kept in an ndarray and defensive copies in and out.
import { zeros, NDArray } from "ndalias";

class LruCache {
  private readonly store = new Map<string, NDArray>();
  private readonly counters = zeros(3, "int32"); // hits, misses, evictions

  constructor(private readonly capacity: number) {}

  get(key: string): NDArray | undefined {
    const hit = this.store.get(key);
    if (hit === undefined) {
      this.counters.set(1, this.counters.get(1) + 1);
      return undefined;
    }
    this.store.delete(key);
    this.store.set(key, hit);
    this.counters.set(0, this.counters.get(0) + 1);
    return hit.copy();
  }

  put(key: string, value: NDArray): void {
    if (this.store.has(key)) {
      this.store.delete(key);
    } else if (this.store.size >= this.capacity) {
      const oldest = this.store.keys().next().value as string;
      this.store.delete(oldest);
      this.counters.set(2, this.counters.get(2) + 1);
    }
    this.store.set(key, value.copy());
  }

  stats(): { hits: number; misses: number; evictions: number } {
    const [hits, misses, evictions] = this.counters.tolist() as number[];
    return { hits, misses, evictions };
  }

  reset(): number {
    const dropped = this.store.size;
    this.store.clear();
    this.counters.fill(0);
    return dropped;
  }
}

function embed(text: string): NDArray {
  const v = zeros(4);
  for (let i = 0; i < text.length; i++) {
    v.set(i % 4, v.get(i % 4) + text.charCodeAt(i) / 100);
  }
  return v;
}

function recommend(cache: LruCache, query: string): number[] {
  let vec = cache.get(query);
  if (!vec) {
    vec = embed(query);
    cache.put(query, vec);
  }
  const unit = vec.div(Math.sqrt(vec.mul(vec).sum()));
  unit.imul(10);
  return unit.tolist() as number[];
}

const cache = new LruCache(2);
for (const q of ["shoes", "socks", "shoes", "hats", "socks", "shoes"]) {
  const scores = recommend(cache, q);
  console.log(q.padEnd(6), scores.map((s) => s.toFixed(2)).join(" "));
}
console.log("cache stats:", cache.stats());
console.log("dropped on reset:", cache.reset(), "stats after reset:", cache.stats());
