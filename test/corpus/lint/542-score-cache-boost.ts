// Serves session-boosted scores from a last-query score cache and reports what the cache holds for the next request.
// runnable
import { array, zeros, NDArray } from "ndalias";

class LastQueryCache {
  query = "";
  scores: NDArray = zeros(0);
  servedCount = 0;
}

function computeScores(query: string): NDArray {
  const base = array([0.4, 0.1, 0.7, 0.2, 0.9]);
  base.imul(1 + query.length / 100);
  return base;
}

function topItem(scores: NDArray): number {
  let best = 0;
  for (let i = 1; i < scores.size; i++) {
    if (scores.get(i) > scores.get(best)) best = i;
  }
  return best;
}

const cache = new LastQueryCache();
const sessionBoost = array([0.0, 0.5, 0.0, 0.3, 0.0]);

// Request 1: compute, remember, then personalise for the current session.
const sessionScores = computeScores("running shoes");
cache.query = "running shoes";
cache.scores = sessionScores;
cache.servedCount += 1;
sessionScores.iadd(sessionBoost); // expect: no-alias-mutation
console.log("served to session:", topItem(sessionScores), sessionScores.tolist());

// Request 2: a different query; personalise a copy, keep the cached original.
const trailScores = computeScores("trail shoes");
const personalised = trailScores.copy();
personalised.iadd(sessionBoost);
console.log("trail personalised top:", topItem(personalised), "unboosted top:", topItem(trailScores));

// Request 3: warm path reuses the cached vector when the query matches.
const incomingQuery = "running shoes";
const warm = cache.query === incomingQuery;
const freshScores = computeScores(incomingQuery);
const target = warm ? cache.scores : freshScores;
target.imul(0.9); // expect: no-alias-mutation
console.log("decayed target:", target.tolist());

console.log("cache holds", cache.query, "with", cache.servedCount, "serves:", cache.scores.tolist());
console.log("cached total:", cache.scores.sum());
