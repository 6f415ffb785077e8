// Batched nearest-neighbour search: async workers copy and normalise queries and fill per-query top-k candidate buffers.
import { array, full, NDArray } from "ndalias";

const index = array([
  [0.9, 0.1, 0.0],
  [0.1, 0.8, 0.3],
  [0.4, 0.4, 0.8],
  [0.7, 0.6, 0.1],
  [0.0, 0.2, 0.9],
]);

/** Inserts (id, score) into the caller's sorted top-k buffers. */
function insertCandidate(bestIds: NDArray, bestScores: NDArray, id: number, score: number): void {
  const k = bestScores.size;
  if (score <= bestScores.get(k - 1)) return;
  let pos = k - 1;
  while (pos > 0 && bestScores.get(pos - 1) < score) {
    bestScores.set(pos, bestScores.get(pos - 1));
    bestIds.set(pos, bestIds.get(pos - 1));
    pos--;
  }
  bestScores.set(pos, score);
  bestIds.set(pos, id);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface Neighbours {
  ids: number[];
  scores: number[];
}

export async function searchOne(query: NDArray, k: number): Promise<Neighbours> {
  await pause(1);
  const q = query.copy();
  q.idiv(Math.sqrt(q.mul(q).sum()));
  const bestIds = full(k, -1, "int32");
  const bestScores = full(k, -Infinity);
  for (let i = 0; i < index.shape[0]; i++) {
    insertCandidate(bestIds, bestScores, i, index.slice(i).mul(q).sum());
  }
  return { ids: bestIds.tolist() as number[], scores: bestScores.tolist() as number[] };
}

export async function searchBatch(batch: NDArray, k: number): Promise<Neighbours[]> {
  const jobs: Promise<Neighbours>[] = [];
  for (let r = 0; r < batch.shape[0]; r++) {
    jobs.push(searchOne(batch.slice(r), k));
  }
  return Promise.all(jobs);
}

async function main(): Promise<void> {
  const batch = array([
    [1.0, 0.0, 0.2],
    [0.0, 3.0, 3.0],
  ]);
  const results = await searchBatch(batch, 2);
  results.forEach((res, r) => console.log(`query ${r}:`, res.ids, res.scores.map((s) => s.toFixed(3))));
  console.log("batch is still raw:", batch.tolist());

  const weighted = batch.mul(array([1, 2, 1]));
  weighted.slice(0).imul(0.5);
  const reweighted = await searchBatch(weighted, 1);
  console.log("reweighted:", reweighted.map((x) => x.ids[0]), weighted.tolist());
}

void main();
