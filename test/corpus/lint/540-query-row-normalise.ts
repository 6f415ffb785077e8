// Cosine search for a batch of queries against an item embedding table, then logs the raw queries and their magnitudes for monitoring.
// runnable
import { array, NDArray } from "ndalias";

const itemEmbeddings = array([
  [0.2, 0.9, 0.1],
  [0.8, 0.1, 0.3],
  [0.5, 0.5, 0.5],
  [0.0, 0.3, 0.9],
]);

const queryBatch = array([
  [1.0, 2.0, 0.5],
  [0.3, 0.1, 2.2],
]);

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

function l2(v: NDArray): number {
  return Math.sqrt(dot(v, v));
}

function cosineScores(query: NDArray, items: NDArray): number[] {
  const out: number[] = [];
  const qn = l2(query);
  for (let i = 0; i < items.shape[0]; i++) {
    const item = items.slice(i);
    out.push(dot(query, item) / (qn * l2(item)));
  }
  return out;
}

function bestItem(scores: number[]): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    if (scores[i] > scores[best]) best = i;
  }
  return best;
}

// Unit-length copy of the item table, used for the dot-product fast path.
const unitItems = itemEmbeddings.copy();
for (let i = 0; i < unitItems.shape[0]; i++) {
  unitItems.slice(i).idiv(l2(itemEmbeddings.slice(i)));
}

const results: number[][] = [];
for (let r = 0; r < queryBatch.shape[0]; r++) {
  const q = queryBatch.slice(r);
  q.idiv(l2(q)); // expect: no-view-mutation
  results.push(cosineScores(q, itemEmbeddings));
}

const fastScores: number[] = [];
for (let i = 0; i < unitItems.shape[0]; i++) {
  fastScores.push(dot(unitItems.slice(i), itemEmbeddings.slice(0)));
}

for (let r = 0; r < results.length; r++) {
  console.log(`query ${r}: best item`, bestItem(results[r]), "scores", results[r].map((s) => s.toFixed(3)));
}
console.log("fast-path similarities to item 0:", fastScores.map((s) => s.toFixed(3)));

console.log("raw queries:", queryBatch.tolist());
const magnitudes: number[] = [];
for (let r = 0; r < queryBatch.shape[0]; r++) {
  magnitudes.push(l2(queryBatch.slice(r)));
}
console.log("raw query magnitudes:", magnitudes);
