// User-embedding cache for an inference service: copy-in/copy-out cache entries, ping-pong EMA updates, double-buffered model weights and request batching.
import { array, zeros, NDArray } from "ndalias";

const DIM = 4;
const EMA_ALPHA = 0.3;
const TTL_MS = 60_000;

const HIT_STATS = zeros(3); // hits, misses, evictions

function countHit(kind: 0 | 1 | 2): number {
  HIT_STATS.set(kind, HIT_STATS.get(kind) + 1);
  return HIT_STATS.get(kind);
}

interface CacheEntry {
  vec: NDArray;
  storedAt: number;
  version: number;
}

export class EmbeddingCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(private readonly capacity: number) {}

  get(key: string, now: number): NDArray | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || now - entry.storedAt > TTL_MS) {
      countHit(1);
      return undefined;
    }
    countHit(0);
    return entry.vec.copy();
  }

  put(key: string, vec: NDArray, now: number): void {
    if (!this.entries.has(key) && this.entries.size >= this.capacity) {
      this.evictOldest();
    }
    const previous = this.entries.get(key);
    this.entries.set(key, { vec: vec.copy(), storedAt: now, version: (previous?.version ?? 0) + 1 });
  }

  private evictOldest(): void {
    let oldestKey: string | undefined;
    let oldestAt = Infinity;
    for (const [k, e] of this.entries) {
      if (e.storedAt < oldestAt) {
        oldestAt = e.storedAt;
        oldestKey = k;
      }
    }
    if (oldestKey !== undefined) {
      this.entries.delete(oldestKey);
      countHit(2);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Model weights that are rebuilt in the background and published with a swap. */
export class DoubleBufferedWeights {
  front: NDArray;
  back: NDArray;
  generation = 0;

  constructor(initial: NDArray) {
    this.front = initial.copy();
    this.back = zeros(initial.shape);
  }

  stage(update: NDArray, lr: number): void {
    const current = this.front;
    const stepNorm = Math.sqrt(update.mul(update).sum()) * lr;
    console.log(`staging generation ${this.generation + 1}, step norm ${stepNorm.toFixed(4)}, current sum ${current.sum().toFixed(3)}`);
    this.back.assign(":", this.front);
    this.back.isub(update.mul(lr));
  }

  publish(): number {
    [this.front, this.back] = [this.back, this.front];
    this.generation += 1;
    return this.generation;
  }

  score(x: NDArray): number {
    return x.mul(this.front).sum();
  }
}

export function emaOfEvents(events: NDArray[], alpha: number): NDArray {
  let current = zeros(DIM);
  let next = zeros(DIM);
  for (const ev of events) {
    next.assign(":", current.mul(1 - alpha).add(ev.mul(alpha)));
    [current, next] = [next, current];
  }
  return current;
}

export function stackBatch(vectors: NDArray[]): NDArray {
  const batch = zeros([vectors.length, DIM]);
  for (let i = 0; i < vectors.length; i++) {
    batch.slice(i).assign(":", vectors[i]);
  }
  return batch;
}

export function cosineToAll(query: NDArray, items: NDArray): NDArray {
  const out = zeros(items.shape[0]);
  const qn = Math.sqrt(query.mul(query).sum());
  for (let i = 0; i < items.shape[0]; i++) {
    const row = items.slice(i);
    const rn = Math.sqrt(row.mul(row).sum());
    out.set(i, qn === 0 || rn === 0 ? 0 : row.mul(query).sum() / (qn * rn));
  }
  return out;
}

export function topN(scores: NDArray, n: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.size; i++) idx.push(i);
  idx.sort((a, b) => scores.get(b) - scores.get(a));
  return idx.slice(0, n);
}

export function centeredNorm(v: NDArray): number {
  using centered = v.sub(v.mean());
  return Math.sqrt(centered.mul(centered).sum());
}

// --- service loop -------------------------------------------------------------

const cache = new EmbeddingCache(2);
const itemTable = array([
  [0.9, 0.1, 0.0, 0.2],
  [0.1, 0.8, 0.3, 0.0],
  [0.0, 0.2, 0.9, 0.1],
  [0.4, 0.4, 0.1, 0.7],
]);

const clickStreams: Record<string, number[][]> = {
  alice: [[0.9, 0.1, 0.0, 0.2], [0.4, 0.4, 0.1, 0.7]],
  bob: [[0.0, 0.2, 0.9, 0.1], [0.1, 0.8, 0.3, 0.0], [0.0, 0.2, 0.9, 0.1]],
  carol: [[0.4, 0.4, 0.1, 0.7]],
};

let clock = 1_000;
const served: Record<string, number[]> = {};
for (const user of ["alice", "bob", "alice", "carol", "bob"]) {
  clock += 5_000;
  let userVec = cache.get(user, clock);
  if (userVec === undefined) {
    userVec = emaOfEvents(clickStreams[user].map((row) => array(row)), EMA_ALPHA);
    cache.put(user, userVec, clock);
  }
  // Personalisation tweak for this request only: the cache keeps its own copy.
  userVec.imul(1 + 0.1 * (served[user]?.length ?? 0));
  const sims = cosineToAll(userVec, itemTable);
  const best = (sims.tolist() as number[]).map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0])[0][1];
  served[user] = [...(served[user] ?? []), best];
}
console.log("served items:", JSON.stringify(served));
console.log("hits/misses/evictions:", HIT_STATS.tolist(), "cache size:", cache.size);

// Re-rank a shortlist: rows gathered from the table are boosted for this page only.
const shortlist = itemTable.take([1, 3], 0);
shortlist.slice(":", 3).iadd(0.1);
const probe = array([0.2, 0.5, 0.1, 0.6]);
console.log("shortlist scores:", (cosineToAll(probe, shortlist).tolist() as number[]).map((s) => s.toFixed(3)));
console.log("table row 3 unchanged:", itemTable.slice(3).tolist());
console.log("top-2 for probe over the full table:", topN(cosineToAll(probe, itemTable), 2));

// Batched scoring of all cached users.
const batch = stackBatch([
  emaOfEvents(clickStreams.alice.map((r) => array(r)), EMA_ALPHA),
  emaOfEvents(clickStreams.bob.map((r) => array(r)), EMA_ALPHA),
  emaOfEvents(clickStreams.carol.map((r) => array(r)), EMA_ALPHA),
]);
batch.imul(2);
const rowView = batch.slice(1);
console.log("bob (scaled):", rowView.tolist(), "centered norm:", centeredNorm(rowView).toFixed(4));

// Background model refresh with a double buffer.
const weights = new DoubleBufferedWeights(array([0.5, 0.25, 0.15, 0.1]));
const gradient = array([0.05, -0.02, 0.01, 0.0]);
const x = array([1, 0.5, 0.2, 0.0]);
console.log("score before:", weights.score(x).toFixed(4));
weights.stage(gradient, 0.5);
console.log("score while staging:", weights.score(x).toFixed(4));
const gen = weights.publish();
console.log(`score after generation ${gen}:`, weights.score(x).toFixed(4));
weights.stage(gradient, 0.5);
weights.publish();
console.log("front:", weights.front.tolist(), "back:", weights.back.tolist());

// Totals for the metrics endpoint, computed after the counters were last updated.
countHit(0);
const statsView = HIT_STATS.slice(":2");
const hitRate = statsView.get(0) / Math.max(1, statsView.sum());
console.log("hit rate:", hitRate.toFixed(3));
