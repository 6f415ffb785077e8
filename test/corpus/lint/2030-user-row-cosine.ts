// Recommendation scorer: ranks catalogue items for one user by cosine similarity, caches the rankings, then scores every user by raw dot product.
// runnable
import { array, zeros, NDArray } from "ndalias";

const userEmbeddings = array([
  [0.9, 0.1, 0.4],
  [0.2, 0.8, 0.5],
  [0.6, 0.6, 0.1],
]);
const itemEmbeddings = array([
  [1.0, 0.0, 0.2],
  [0.1, 0.9, 0.3],
  [0.5, 0.5, 0.5],
  [0.0, 0.3, 0.9],
]);
const itemNames = ["sneakers", "backpack", "water bottle", "rain jacket"];

function vectorNorm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

function cosineScores(query: NDArray, items: NDArray): number[] {
  const queryNorm = vectorNorm(query);
  const out: number[] = [];
  for (let i = 0; i < items.shape[0]; i++) {
    const item = items.slice(i);
    const denom = queryNorm * vectorNorm(item);
    out.push(denom > 0 ? dot(query, item) / denom : 0);
  }
  return out;
}

function topK(scores: number[], k: number): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((x, y) => y.score - x.score)
    .slice(0, k)
    .map((entry) => entry.index);
}

const rankingCache = new Map<string, number[]>();

function cachedRanking(userId: number, k: number): number[] {
  const key = `user:${userId}:top${k}`;
  const hit = rankingCache.get(key);
  if (hit) return hit;
  const ranking = topK(cosineScores(userEmbeddings.slice(userId), itemEmbeddings), k);
  rankingCache.set(key, ranking);
  return ranking;
}

// A probe built from a copy of user 0: normalising it leaves the matrix alone.
const probe = userEmbeddings.slice(0).copy();
probe.idiv(vectorNorm(probe));
console.log("probe (unit):", (probe.tolist() as number[]).map((x) => x.toFixed(3)));
console.log("probe ranking:", topK(cosineScores(probe, itemEmbeddings), 2).map((i) => itemNames[i]));

// Cosine lookup for the active user: the query is normalised to unit length first.
const activeUser = 1;
const unitQuery = userEmbeddings.slice(activeUser);
unitQuery.idiv(vectorNorm(unitQuery)); // expect: no-view-mutation
console.log("unit query:", unitQuery.tolist());
console.log("active user top-2:", cachedRanking(activeUser, 2).map((i) => itemNames[i]));

// Batch scoring by raw dot product: magnitudes of the user embeddings encode engagement.
const scoreMatrix = zeros([userEmbeddings.shape[0], itemEmbeddings.shape[0]]);
const batchResults: { user: number; best: string; score: number }[] = [];
for (let u = 0; u < userEmbeddings.shape[0]; u++) {
  const userVec = userEmbeddings.slice(u);
  let bestScore = -Infinity;
  let bestItem = -1;
  for (let j = 0; j < itemEmbeddings.shape[0]; j++) {
    const s = dot(userVec, itemEmbeddings.slice(j));
    scoreMatrix.set([u, j], s);
    if (s > bestScore) {
      bestScore = s;
      bestItem = j;
    }
  }
  batchResults.push({ user: u, best: itemNames[bestItem], score: bestScore });
}

for (const row of batchResults) {
  console.log(`user ${row.user}: ${row.best} (${row.score.toFixed(3)})`);
}
console.log("engagement per user:", userEmbeddings.sum() / userEmbeddings.shape[0]);
console.log("score matrix:", scoreMatrix.tolist());
