// Item catalogue refresh: snapshots item vectors before a nightly decay, logs pre-decay stats, and builds a boosted variant for the homepage.
import { array, zeros, NDArray } from "ndalias";

interface RefreshReport {
  itemsBefore: number;
  meanBefore: number;
  meanAfter: number;
  boostedTotal: number;
}

const itemVectors = array([
  [0.4, 0.2, 0.9, 0.1],
  [0.7, 0.7, 0.1, 0.3],
  [0.2, 0.5, 0.4, 0.8],
  [0.9, 0.1, 0.3, 0.6],
  [0.3, 0.3, 0.3, 0.3],
]);
const itemClicks = array([120, 45, 300, 8, 77]);
const similarityCache = new Map<string, number>();

function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function similarity(vectors: NDArray, a: number, b: number): number {
  const key = pairKey(a, b);
  const cached = similarityCache.get(key);
  if (cached !== undefined) return cached;
  const va = vectors.slice(a);
  const vb = vectors.slice(b);
  const value = va.mul(vb).sum();
  similarityCache.set(key, value);
  return value;
}

function meanVector(vectors: NDArray): NDArray {
  const acc = zeros(vectors.shape[1]);
  for (let i = 0; i < vectors.shape[0]; i++) {
    acc.iadd(vectors.slice(i));
  }
  acc.idiv(vectors.shape[0]);
  return acc;
}

// 1. Archive copy taken before the decay: later writes do not reach it.
const archived = itemVectors.copy();
const archivedCentroid = meanVector(archived);

// 2. Pre-decay statistics are read through an alias, but only before the write.
const preDecay = itemVectors;
const report: RefreshReport = {
  itemsBefore: preDecay.shape[0],
  meanBefore: preDecay.mean(),
  meanAfter: 0,
  boostedTotal: 0,
};
console.log("pre-decay similarity(0,1):", similarity(preDecay, 0, 1));
similarityCache.clear();

// 3. Nightly decay through the catalogue's own name.
itemVectors.imul(0.95);
for (let i = 0; i < itemVectors.shape[0]; i++) {
  if (itemClicks.get(i) < 10) {
    itemVectors.assign(`${i}, :`, 0);
  }
}
report.meanAfter = itemVectors.mean();

// 4. Homepage variant: starts as the catalogue, then is rebound to a fresh result.
let homepage: NDArray = itemVectors;
homepage = homepage.mul(1.0);
homepage.iadd(0.05);
const clickWeights = itemClicks.div(itemClicks.max());
for (let i = 0; i < homepage.shape[0]; i++) {
  homepage.slice(i).imul(1 + clickWeights.get(i));
}
report.boostedTotal = homepage.sum();

// 5. Scratch buffer: rebound to a zeros block before it is filled.
let scratch: NDArray = archived;
scratch = zeros(archived.shape);
scratch.assign("::2, :", 1);
scratch.imul(archivedCentroid.mean());

const ranked: { item: number; score: number }[] = [];
for (let i = 0; i < itemVectors.shape[0]; i++) {
  ranked.push({ item: i, score: similarity(itemVectors, 0, i) });
}
ranked.sort((x, y) => y.score - x.score);

console.log("report:", report);
console.log("archived centroid:", archivedCentroid.tolist());
console.log("archive intact:", archived.sum(), "current:", itemVectors.sum());
console.log("homepage vectors:", homepage.tolist());
console.log("scratch:", scratch.tolist());
console.log("ranked by similarity to item 0:", ranked);
