// Greedy walk over an item-similarity graph with two ping-pong score buffers, plus a rebound working copy for seed scores.
import { array, zeros, NDArray } from "ndalias";

const similarity = array([
  [1.0, 0.8, 0.1, 0.3, 0.0],
  [0.8, 1.0, 0.4, 0.2, 0.1],
  [0.1, 0.4, 1.0, 0.7, 0.5],
  [0.3, 0.2, 0.7, 1.0, 0.6],
  [0.0, 0.1, 0.5, 0.6, 1.0],
]);
const n = similarity.shape[0];

function bestIndex(scores: NDArray): number {
  let best = 0;
  for (let i = 1; i < scores.size; i++) {
    if (scores.get(i) > scores.get(best)) best = i;
  }
  return best;
}

export function greedyWalk(start: number, steps: number): number[] {
  let current = zeros(n);
  let next = zeros(n);
  current.set(start, 1);
  const path = [start];
  for (let s = 0; s < steps; s++) {
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const w = current.get(i);
      if (w > 0) next.iadd(similarity.slice(i).mul(w));
    }
    for (const visited of path) next.set(visited, -1);
    const pick = bestIndex(next);
    path.push(pick);
    next.fill(0);
    next.set(pick, 1);
    [current, next] = [next, current];
  }
  return path;
}

export function seedScores(seeds: number[], prior: NDArray): NDArray {
  let working: NDArray = prior;
  working = working.add(0);
  for (const s of seeds) {
    working.iadd(similarity.slice(s));
  }
  working.idiv(seeds.length + 1);
  return working;
}

export function explainPath(path: number[]): string {
  const parts: string[] = [];
  for (let i = 1; i < path.length; i++) {
    parts.push(`${path[i - 1]}->${path[i]} (${similarity.get(path[i - 1], path[i]).toFixed(2)})`);
  }
  return parts.join(", ");
}

const prior = array([0.2, 0.2, 0.2, 0.2, 0.2]);
const scores = seedScores([0, 2], prior);
console.log("seeded scores:", scores.tolist(), "prior unchanged:", prior.tolist());

const path = greedyWalk(bestIndex(scores), 3);
console.log("walk:", path, explainPath(path));

let candidateBuf = zeros(n);
let spareBuf = zeros(n);
for (let round = 0; round < 2; round++) {
  spareBuf.assign(":", candidateBuf);
  spareBuf.iadd(similarity.slice(round));
  [candidateBuf, spareBuf] = [spareBuf, candidateBuf];
}
console.log("accumulated candidates:", candidateBuf.tolist());
