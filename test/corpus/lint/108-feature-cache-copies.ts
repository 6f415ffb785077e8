// A feature cache that hands out copies: callers mutate what they get back, and cache hits are computed lazily with nullish fallbacks.
import { array, zeros, NDArray } from "ndalias";

class FeatureCache {
  static hits = 0;
  static misses = 0;
  readonly #store = new Map<string, NDArray>();

  constructor(private readonly dim: number) {}

  lookup(key: string): NDArray {
    const hit = this.#store.get(key);
    if (hit !== undefined) {
      FeatureCache.hits++;
      return hit.copy();
    }
    FeatureCache.misses++;
    const fresh = zeros(this.dim).fill(key.length);
    this.#store.set(key, fresh);
    return fresh.copy();
  }

  get size(): number {
    return this.#store.size;
  }

  total(): number {
    let t = 0;
    for (const [, v] of this.#store) t += v.sum();
    return t;
  }
}

const cache = new FeatureCache(3);
const a = cache.lookup("alpha");
a.imul(2);
const again = cache.lookup("alpha");
again.set(0, -1);
console.log("a:", a.tolist(), "again:", again.tolist(), "cache total:", cache.total());

const fallback = array([9, 9, 9]);
const picked = new Map<string, NDArray>().get("beta")?.copy() ?? fallback.copy();
picked.fill(0);
console.log("picked:", picked.tolist(), "fallback:", fallback.tolist(), FeatureCache.hits, FeatureCache.misses, cache.size);
