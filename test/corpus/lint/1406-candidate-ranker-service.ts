// Candidate ranking service: a ranker object scores user queries against its item table, blends popularity, and selects the top-k items per request.
import { array, zeros, full, NDArray } from "ndalias";

export interface RankRequest {
  userId: string;
  query: NDArray;
  candidateIds: number[];
  k: number;
}

export interface RankResponse {
  userId: string;
  items: number[];
  scores: number[];
}

const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100];
const LATENCY_HISTOGRAM = zeros(LATENCY_BUCKETS_MS.length + 1);

export function recordLatency(ms: number): number {
  let bucket = LATENCY_BUCKETS_MS.findIndex((edge) => ms <= edge);
  if (bucket < 0) bucket = LATENCY_BUCKETS_MS.length;
  LATENCY_HISTOGRAM.set(bucket, LATENCY_HISTOGRAM.get(bucket) + 1);
  return LATENCY_HISTOGRAM.sum();
}

export function latencyReport(): string {
  const counts = LATENCY_HISTOGRAM.tolist() as number[];
  return counts
    .map((c, i) => `${i < LATENCY_BUCKETS_MS.length ? "<=" + LATENCY_BUCKETS_MS[i] : ">100"}ms: ${c}`)
    .join(", ");
}

export function l2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

/** Scales a vector to unit length; callers hand over a buffer they own. */
export function normalizeInPlace(v: NDArray): void {
  const n = l2(v);
  if (n > 0) {
    v.idiv(n);
  }
}

export function blendScores(relevance: NDArray, prior: NDArray, alpha: number): NDArray {
  return relevance.mul(alpha).add(prior.mul(1 - alpha));
}

export function clipScores(scores: NDArray, lo: number, hi: number): NDArray {
  const clipped = scores.copy();
  for (let i = 0; i < clipped.size; i++) {
    const s = clipped.get(i);
    if (s < lo) clipped.set(i, lo);
    else if (s > hi) clipped.set(i, hi);
  }
  return clipped;
}

export class CandidateRanker {
  readonly itemTable: NDArray;
  readonly popularity: NDArray;
  private requests = 0;

  constructor(table: NDArray, clicks: number[]) {
    this.itemTable = table.copy();
    this.popularity = array(clicks.map((c) => Math.log1p(c)));
    const maxPop = this.popularity.max();
    if (maxPop > 0) {
      this.popularity.idiv(maxPop);
    }
  }

  get numItems(): number {
    return this.itemTable.shape[0];
  }

  get dim(): number {
    return this.itemTable.shape[1];
  }

  /** Daily decay of the popularity prior; returns the remaining total mass. */
  decayPopularity(factor: number): number {
    this.popularity.imul(factor);
    const pop = this.popularity;
    return pop.sum();
  }

  /** Removes an item from serving: its embedding and prior are cleared in place. */
  evict(itemId: number): void {
    this.itemTable.slice(itemId).fill(0);
    this.popularity.set(itemId, 0);
  }

  /** Relevance of every candidate for one query, by cosine similarity. */
  scoreBatch(query: NDArray, candidateIds: number[]): NDArray {
    query.idiv(l2(query)); // expect: no-alias-mutation
    const rows = this.itemTable.take(candidateIds, 0);
    const out = zeros(candidateIds.length);
    for (let i = 0; i < candidateIds.length; i++) {
      const row = rows.slice(i);
      const norm = l2(row);
      out.set(i, norm === 0 ? 0 : row.mul(query).sum() / norm);
    }
    return out;
  }

  /** Scores many users at once; each row of the copy is normalised, the caller's matrix is untouched. */
  scoreUsers(users: NDArray, candidateIds: number[]): NDArray {
    const q = users.copy();
    for (let u = 0; u < q.shape[0]; u++) {
      const n = l2(q.slice(u));
      if (n > 0) {
        q.slice(u).idiv(n);
      }
    }
    const rows = this.itemTable.take(candidateIds, 0);
    const out = zeros([q.shape[0], candidateIds.length]);
    for (let u = 0; u < q.shape[0]; u++) {
      for (let i = 0; i < candidateIds.length; i++) {
        out.set([u, i], rows.slice(i).mul(q.slice(u)).sum());
      }
    }
    return out;
  }

  priorFor(candidateIds: number[]): NDArray {
    return this.popularity.take(candidateIds);
  }

  rank(req: RankRequest, alpha = 0.8): RankResponse {
    this.requests += 1;
    const started = Date.now();
    const relevance = this.scoreBatch(req.query, req.candidateIds);
    const prior = this.priorFor(req.candidateIds);
    const blended = clipScores(blendScores(relevance, prior, alpha), -1, 1);
    const picked = topK(blended, req.k);
    recordLatency(Date.now() - started);
    return {
      userId: req.userId,
      items: picked.map((i) => req.candidateIds[i]),
      scores: picked.map((i) => blended.get(i)),
    };
  }

  get servedRequests(): number {
    return this.requests;
  }
}

/** Indices of the k largest scores, best first. */
export function topK(scores: NDArray, k: number): number[] {
  if (k >= scores.size) {
    return argsortDescending(scores);
  }
  const order = scores.reshape(scores.size);
  order.sort(); // expect: no-view-mutation
  const threshold = order.get(order.size - k);
  const picked: number[] = [];
  for (let i = 0; i < scores.size && picked.length < k; i++) {
    if (scores.get(i) >= threshold) {
      picked.push(i);
    }
  }
  return picked.sort((a, b) => scores.get(b) - scores.get(a));
}

export function argsortDescending(scores: NDArray): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.size; i++) idx.push(i);
  return idx.sort((a, b) => scores.get(b) - scores.get(a));
}

/** Reference top-k used by the offline evaluator: sorts a private copy. */
export function topKThreshold(scores: NDArray, k: number): number {
  const sorted = scores.flatten();
  sorted.sort();
  return sorted.get(Math.max(0, sorted.size - k));
}

export function recallAtK(predicted: number[], relevant: Set<number>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  for (const id of predicted.slice(0, k)) {
    if (relevant.has(id)) hits += 1;
  }
  return hits / Math.min(k, relevant.size);
}

export function buildDemoRanker(): CandidateRanker {
  const table = array([
    [0.9, 0.1, 0.0],
    [0.1, 0.8, 0.2],
    [0.0, 0.3, 0.9],
    [0.7, 0.7, 0.0],
    [0.2, 0.1, 0.95],
    [0.5, 0.5, 0.5],
  ]);
  return new CandidateRanker(table, [120, 40, 3, 300, 18, 75]);
}

export function runDemo(): void {
  const ranker = buildDemoRanker();
  const warmQuery = array([0.6, 0.2, 0.1]);
  const response = ranker.rank({ userId: "u-17", query: warmQuery, candidateIds: [0, 1, 2, 3, 4, 5], k: 3 });
  console.log("ranked:", response.items, response.scores.map((s) => s.toFixed(3)));
  console.log("recall@3:", recallAtK(response.items, new Set([0, 3]), 3));

  const users = array([
    [0.6, 0.2, 0.1],
    [0.0, 0.1, 0.9],
  ]);
  const perUser = ranker.scoreUsers(users, [0, 2, 4]);
  console.log("per-user scores:", perUser.tolist(), "raw users:", users.tolist());

  ranker.evict(5);
  const remaining = ranker.decayPopularity(0.9);
  console.log("popularity mass after decay:", remaining.toFixed(3));

  const unitQuery = zeros(ranker.dim);
  unitQuery.set(2, 1);
  normalizeInPlace(unitQuery);
  const second = ranker.rank({ userId: "u-42", query: unitQuery, candidateIds: [1, 2, 4], k: 2 });
  console.log("second request:", second.items);

  const flat = full(4, 0.25);
  console.log("threshold of uniform scores:", topKThreshold(flat, 2), "served:", ranker.servedRequests);
  console.log("latency:", latencyReport());
}
