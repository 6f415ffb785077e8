// Embedding service: a TTL cache that copies vectors in and out, and handlers that serve normalised and blended user profiles.
import { array, zeros, NDArray } from "ndalias";

interface CacheEntry {
  value: NDArray;
  expiresAt: number;
}

export class EmbeddingCache {
  private readonly entries = new Map<string, CacheEntry>();
  // hits, misses, evictions
  private readonly counters = zeros(3, "int32");

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  put(key: string, value: NDArray): void {
    const previous = this.entries.get(key);
    if (previous !== undefined) previous.value.dispose();
    this.entries.set(key, { value: value.copy(), expiresAt: this.clock() + this.ttlMs });
  }

  get(key: string): NDArray | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt <= this.clock()) {
      this.counters.set(1, this.counters.get(1) + 1);
      return undefined;
    }
    this.counters.set(0, this.counters.get(0) + 1);
    return entry.value.copy();
  }

  evictExpired(): number {
    const now = this.clock();
    let evicted = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        entry.value.dispose();
        this.entries.delete(key);
        evicted += 1;
      }
    }
    this.counters.set(2, this.counters.get(2) + evicted);
    return evicted;
  }

  stats(): { hits: number; misses: number; evictions: number; size: number } {
    const [hits, misses, evictions] = this.counters.tolist() as number[];
    return { hits, misses, evictions, size: this.entries.size };
  }
}

const DIM = 4;

function loadEmbeddingFromDb(userId: string): NDArray {
  const seed = [...userId].reduce((acc, ch) => acc + ch.charCodeAt(0), 0);
  const values: number[] = [];
  for (let i = 0; i < DIM; i++) values.push(((seed * (i + 3)) % 17) / 17 + 0.05);
  return array(values);
}

export function getNormalizedEmbedding(cache: EmbeddingCache, userId: string): NDArray {
  let vec = cache.get(userId);
  if (vec === undefined) {
    vec = loadEmbeddingFromDb(userId);
    cache.put(userId, vec);
  }
  const norm = Math.sqrt(vec.mul(vec).sum());
  vec.idiv(norm > 0 ? norm : 1);
  return vec;
}

export function blendProfiles(cache: EmbeddingCache, userIds: string[], weights: number[]): NDArray {
  const blended = zeros(DIM);
  let totalWeight = 0;
  userIds.forEach((id, k) => {
    const vec = getNormalizedEmbedding(cache, id);
    blended.iadd(vec.mul(weights[k]));
    totalWeight += weights[k];
  });
  const unscaled = blended;
  console.log("blend mass before scaling:", unscaled.sum().toFixed(4));
  blended.idiv(totalWeight > 0 ? totalWeight : 1);
  return blended;
}

export function similarity(cache: EmbeddingCache, a: string, b: string): number {
  const va = getNormalizedEmbedding(cache, a);
  const vb = getNormalizedEmbedding(cache, b);
  return va.mul(vb).sum();
}

export function handleProfileRequest(cache: EmbeddingCache, userId: string, friends: string[]) {
  const own = getNormalizedEmbedding(cache, userId);
  const social = blendProfiles(cache, friends, friends.map(() => 1));
  const mixed = own.mul(0.7);
  mixed.iadd(social.mul(0.3));
  const scores = friends.map((f) => similarity(cache, userId, f));
  return { userId, profile: mixed.tolist(), closest: friends[scores.indexOf(Math.max(...scores))] };
}

let fakeNow = 1_000;
const cache = new EmbeddingCache(500, () => fakeNow);
console.log(handleProfileRequest(cache, "u-17", ["u-3", "u-88", "u-41"]));
fakeNow += 600;
console.log("evicted:", cache.evictExpired(), "stats:", cache.stats());
