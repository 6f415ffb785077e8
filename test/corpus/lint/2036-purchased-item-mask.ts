// Candidate generation for a checkout page: masks items the user already bought, decays stale popularity and pushes the top picks into a result list.
// runnable
import { array, NDArray } from "ndalias";

interface Pick {
  item: string;
  score: number;
}

const catalogue = ["mug", "tea set", "kettle", "coffee grinder", "french press", "filters"];
const affinity = array([0.62, 0.18, 0.71, 0.55, 0.93, 0.4]);
const popularity = array([
  [120, 80],
  [15, 9],
  [300, 310],
  [45, 60],
  [210, 150],
  [500, 480],
]);
const purchased = [2, 4];
const popularityWeight = 0.2;

function normalise(v: NDArray): NDArray {
  const out = v.sub(v.min());
  const range = out.max();
  if (range > 0) out.idiv(range);
  return out;
}

function topPicks(scores: NDArray, k: number): Pick[] {
  const values = scores.tolist() as number[];
  return values
    .map((score, i) => ({ item: catalogue[i], score }))
    .filter((p) => Number.isFinite(p.score))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

// Items already in the order history must not be recommended again.
const alreadyBought = affinity.take(purchased);
alreadyBought.fill(-Infinity); // expect: no-lost-write

// Stale popularity: last week's column (index 0) counts half.
popularity.flatten().imul(0.5); // expect: no-lost-write

// Weekly popularity signal, computed on a fresh normalised copy.
const lastWeek = popularity.take([0], 1).ravel();
const thisWeek = popularity.take([1], 1).ravel();
const weekly = lastWeek.add(thisWeek);
console.log("weekly views:", weekly.tolist());
const popSignal = normalise(weekly);
popSignal.imul(popularityWeight);

const blended = affinity.mul(1 - popularityWeight);
blended.iadd(popSignal);

const results: Pick[][] = [];
results.push(topPicks(blended, 3));

// A second surface (email digest) uses affinity alone, with a small novelty bonus on a copy.
const digest = affinity.copy();
for (let i = 0; i < digest.size; i++) {
  if (popularity.get(i, 1) < 50) digest.set(i, digest.get(i) + 0.1);
}
results.push(topPicks(digest, 2));

const surfaces = ["checkout", "email digest"];
results.forEach((picks, s) => {
  console.log(`${surfaces[s]}:`);
  for (const p of picks) console.log(`  ${p.item.padEnd(16)} ${p.score.toFixed(3)}`);
});
console.log("affinity:", affinity.tolist());
console.log("popularity:", popularity.tolist());

const bought = purchased.map((i) => catalogue[i]);
const leaked = results.flat().filter((p) => bought.includes(p.item));
if (leaked.length > 0) {
  console.log("warning: recommended already-purchased items:", leaked.map((p) => p.item));
}
console.log("picks per surface:", results.map((r) => r.length));
console.log("total candidate score:", blended.sum().toFixed(3));
