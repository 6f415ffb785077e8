// Re-ranks retrieved candidates: blends relevance and popularity, argsorts, gathers the top-k with take and applies a diversity penalty.
import { array, NDArray } from "ndalias";

export function argsortDesc(scores: NDArray): number[] {
  const idx = Array.from({ length: scores.size }, (_, i) => i);
  idx.sort((a, b) => scores.get(b) - scores.get(a));
  return idx;
}

export function blend(relevance: NDArray, popularity: NDArray, alpha: number): NDArray {
  const blended = relevance.mul(alpha);
  blended.iadd(popularity.mul(1 - alpha));
  return blended;
}

/** Clamps every score of the caller's buffer into [lo, hi]. */
export function clampInPlace(scores: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < scores.size; i++) {
    scores.set(i, Math.min(hi, Math.max(lo, scores.get(i))));
  }
}

export interface Ranking {
  ids: NDArray;
  scores: NDArray;
}

export function rerank(candidateIds: NDArray, relevance: NDArray, popularity: NDArray, k: number): Ranking {
  const blended = blend(relevance, popularity, 0.7);
  const order = argsortDesc(blended).slice(0, k);
  const topIds = candidateIds.take(order);
  const topScores = blended.take(order);
  for (let i = 1; i < topScores.size; i++) {
    const sameBucket = topIds.get(i) % 10 === topIds.get(i - 1) % 10;
    if (sameBucket) topScores.set(i, topScores.get(i) * 0.85);
  }
  if (topScores.max() > 1) {
    console.warn("blended score above 1:", topScores.max());
  }
  return { ids: topIds, scores: topScores };
}

export function finalOrder(ranking: Ranking): number[] {
  return argsortDesc(ranking.scores).map((i) => ranking.ids.get(i));
}

const candidateIds = array([101, 204, 111, 305, 121, 410], "int32");
const relevance = array([0.92, 0.55, 0.88, 0.41, 0.79, 0.63]);
const popularity = array([0.3, 0.9, 0.2, 0.7, 0.4, 0.8]);

const ranking = rerank(candidateIds, relevance, popularity, 4);
const display = ranking.scores;
console.log("top ids:", ranking.ids.tolist(), "scores:", display.tolist());

const calibrated = ranking.scores.mul(1.1);
clampInPlace(calibrated, 0, 1);
console.log("calibrated:", calibrated.tolist());

const bySorted = relevance.take(argsortDesc(relevance));
bySorted.isub(bySorted.min());
console.log("relevance spread:", bySorted.tolist());
console.log("final order:", finalOrder(ranking), "raw relevance:", relevance.tolist());
