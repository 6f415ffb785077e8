// Builds a two-level IVF index as object-dtype tables (centroids, posting lists, parent link) and probes it for one query.
// runnable
import { array, empty, refcount, memoryStats, NDArray } from "ndalias";

const CENTROIDS = 0;
const POSTINGS = 1;
const PARENT = 2;

function nearestRow(table: NDArray, query: NDArray): number {
  let best = 0;
  let bestDist = Infinity;
  for (let i = 0; i < table.shape[0]; i++) {
    const diff = table.slice(i).sub(query);
    const dist = diff.mul(diff).sum();
    if (dist < bestDist) {
      bestDist = dist;
      best = i;
    }
  }
  return best;
}

export function buildIndex(vectors: NDArray): [NDArray, NDArray] {
  const coarse = empty(3, "object");
  const fine = empty(3, "object");
  coarse.set(CENTROIDS, array([[0, 0], [1, 1]]));
  fine.set(CENTROIDS, vectors.copy());

  const postings = empty(2, "object");
  postings.set(0, array([0, 1], "int32"));
  postings.set(1, array([2, 3], "int32"));
  fine.set(POSTINGS, postings);

  coarse.set(POSTINGS, fine);
  fine.set(PARENT, coarse); // expect: no-reference-cycle
  return [coarse, fine];
}

const vectors = array([
  [0.1, 0.2],
  [0.2, 0.0],
  [0.9, 1.1],
  [1.2, 0.8],
]);

const [coarse, fine] = buildIndex(vectors);
const query = array([1.0, 0.9]);

const coarseCentroids: NDArray = coarse.get(CENTROIDS);
const cell = nearestRow(coarseCentroids, query);
const lists: NDArray = fine.get(POSTINGS);
const members: NDArray = lists.get(cell);
const fineVectors: NDArray = fine.get(CENTROIDS);
const candidates = fineVectors.take(members.tolist() as number[], 0);
console.log("probed cell:", cell, "candidates:", candidates.tolist());
console.log("best member:", members.get(nearestRow(candidates, query)));

console.log("refs to coarse table:", refcount(coarse), "refs to fine table:", refcount(fine));
coarse.dispose();
fine.dispose();
console.log("after shutdown:", memoryStats());
