// Feature builder for a ranking model: derives boosted, clipped and down-cast copies of item features and scores a candidate batch with them.
import { array, NDArray } from "ndalias";

interface ScoredCandidate {
  item: number;
  score: number;
  features: number[];
}

const itemFeatures = array([
  [0.8, 12.0, 0.3, 1.0],
  [0.4, 3.0, 0.9, 0.0],
  [0.6, 25.0, 0.1, 1.0],
  [0.9, 7.0, 0.5, 0.0],
  [0.2, 40.0, 0.7, 1.0],
]);
const modelWeights = array([1.5, 0.02, -0.8, 0.4]);
const candidates = [0, 2, 3, 4];
const featureCache = new Map<number, NDArray>();

function candidateBlock(features: NDArray, ids: number[]): NDArray {
  const block = features.take(ids, 0);
  block.slice(":", 1).idiv(block.slice(":", 1).max());
  return block;
}

function boostedPrices(features: NDArray, discount: number): NDArray {
  const prices = features.take([1], 1).flatten();
  prices.imul(1 - discount);
  return prices;
}

function quantised(features: NDArray): NDArray {
  const q = features.mul(100).astype("int32");
  q.assign(":, 1", 0);
  return q;
}

function cachedRow(features: NDArray, item: number): NDArray {
  const hit = featureCache.get(item);
  if (hit) return hit;
  const row = features.slice(item).copy();
  row.set(3, row.get(3) * 2);
  featureCache.set(item, row);
  return row;
}

const block = candidateBlock(itemFeatures, candidates);
const results: ScoredCandidate[] = [];
for (let r = 0; r < block.shape[0]; r++) {
  const feat = block.slice(r);
  results.push({
    item: candidates[r],
    score: feat.mul(modelWeights).sum(),
    features: feat.tolist() as number[],
  });
}
results.sort((a, b) => b.score - a.score);

const sale = boostedPrices(itemFeatures, 0.15);
const q = quantised(itemFeatures);

const flatWeights = modelWeights.flatten();
flatWeights.set(1, 0);
const priceBlindScores: number[] = [];
for (const id of candidates) {
  priceBlindScores.push(itemFeatures.slice(id).mul(flatWeights).sum());
}

const f32 = itemFeatures.astype("float32");
f32.isub(f32.mean());
const spread = f32.max() - f32.min();

const doubledFlags: number[] = [];
for (const id of candidates) {
  doubledFlags.push(cachedRow(itemFeatures, id).get(3));
}

console.log("ranked candidates:");
for (const c of results) {
  console.log(`  item ${c.item}: ${c.score.toFixed(3)} ${JSON.stringify(c.features)}`);
}
console.log("sale prices:", sale.tolist());
console.log("quantised features:", q.tolist());
console.log("price-blind scores:", priceBlindScores.map((s) => s.toFixed(3)));
console.log("float32 spread:", spread.toFixed(3), "cached flags:", doubledFlags);
console.log("source features unchanged:", itemFeatures.sum(), "weights:", modelWeights.tolist());
