// Per-query score cache that hands out copies; request handlers boost their own copies and rebind working vectors.
import { array, NDArray } from "ndalias";

class ScoreCache {
  private readonly entries = new Map<string, NDArray>();
  hits = 0;
  misses = 0;

  get(query: string, compute: (q: string) => NDArray): NDArray {
    const cached = this.entries.get(query);
    if (cached) {
      this.hits++;
      return cached.copy();
    }
    this.misses++;
    const fresh = compute(query);
    this.entries.set(query, fresh);
    return fresh.copy();
  }

  peekTotal(query: string): number {
    return this.entries.get(query)?.sum() ?? 0;
  }
}

function baseScores(query: string): NDArray {
  const s = array([0.62, 0.15, 0.48, 0.91, 0.33]);
  s.imul(1 + query.length / 100);
  return s;
}

function argmax(v: NDArray): number {
  let best = 0;
  for (let i = 1; i < v.size; i++) {
    if (v.get(i) > v.get(best)) best = i;
  }
  return best;
}

const cache = new ScoreCache();
const recency = array([0.0, 0.2, 0.0, 0.0, 0.1]);

// Request A: keep the unboosted baseline, rebind the working vector, then boost it.
let scores = cache.get("wireless headphones", baseScores);
const baseline = scores;
console.log("baseline best:", argmax(baseline));
scores = scores.mul(1.2);
scores.iadd(recency);
console.log("baseline:", baseline.tolist(), "boosted:", scores.tolist());

// Request B: same query hits the cache; the log reads happen before the boost.
const again = cache.get("wireless headphones", baseScores);
const logged = again;
console.log("cache hit vector:", logged.tolist());
again.iadd(0.1);
again.idiv(again.max());
console.log("request B best:", argmax(again), again.tolist());

// Request C: a new query; its copy is clipped in place and served.
const other = cache.get("usb cable", baseScores);
for (let i = 0; i < other.size; i++) {
  if (other.get(i) < 0.3) other.set(i, 0);
}
console.log("request C:", other.tolist());
console.log("hits", cache.hits, "misses", cache.misses, "cached total:", cache.peekTotal("wireless headphones"));
