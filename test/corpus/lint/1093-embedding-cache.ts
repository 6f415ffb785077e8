// Normalises a cache of tagged embedding vectors, damps one tag, adds an augmented entry and prints the best match for a query.
// runnable
import { array, NDArray } from "ndalias";

interface CacheEntry {
  vector: NDArray;
  hits: number;
  tags: Set<string>;
}

const cache = new Map<string, CacheEntry>();

function put(key: string, values: number[], tags: string[]): void {
  cache.set(key, { vector: array(values), hits: 0, tags: new Set(tags) });
}

function norm(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function normalizeEntries(entries: Map<string, CacheEntry>): void {
  for (const entry of entries.values()) {
    const length = norm(entry.vector) || 1;
    const unit = entry.vector.flatten();
    unit.idiv(length); // expect: no-lost-write
  }
}

function dampTagged(tag: string, factor: number): number {
  let damped = 0;
  for (const entry of cache.values()) {
    if (entry.tags.has(tag)) {
      entry.vector.astype("float32").imul(factor); // expect: no-lost-write
      damped++;
    }
  }
  return damped;
}

function addAugmented(key: string, noise: number[]): void {
  const source = cache.get(key);
  if (!source) return;
  const augmented = source.vector.copy();
  augmented.iadd(array(noise));
  console.log(`augmented ${key}: norm ${norm(augmented).toFixed(3)}`);
  cache.set(`${key}+aug`, { vector: augmented, hits: 0, tags: new Set(source.tags) });
}

function cosine(a: NDArray, b: NDArray): number {
  return a.mul(b).sum() / (norm(a) * norm(b) || 1);
}

function bestMatch(query: NDArray): [string, number] {
  let best = "";
  let bestScore = -Infinity;
  for (const [key, entry] of cache) {
    const score = cosine(query, entry.vector);
    if (score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  const winner = cache.get(best);
  if (winner) winner.hits += 1;
  return [best, bestScore];
}

function tagCentroid(tag: string): NDArray | null {
  let sum: NDArray | null = null;
  let count = 0;
  for (const entry of cache.values()) {
    if (!entry.tags.has(tag)) continue;
    sum = sum ? sum.add(entry.vector) : entry.vector.copy();
    count++;
  }
  if (sum === null) return null;
  sum.idiv(count);
  return sum;
}

put("cat", [0.9, 0.1, 0.3], ["animal", "pet"]);
put("dog", [0.8, 0.2, 0.4], ["animal", "pet"]);
put("wolf", [0.7, 0.1, 0.6], ["animal"]);
put("car", [0.1, 0.9, 0.5], ["vehicle"]);
put("bus", [0.2, 0.8, 0.7], ["vehicle"]);

normalizeEntries(cache);
console.log("damped entries:", dampTagged("vehicle", 0.5));
addAugmented("cat", [0.05, -0.02, 0.0]);

const query = array([0.85, 0.15, 0.35]);
query.idiv(norm(query));
const [match, score] = bestMatch(query);
console.log(`best match for query: ${match} (cosine ${score.toFixed(4)})`);

const petCentre = tagCentroid("pet");
if (petCentre) {
  console.log("pet centroid:", petCentre.tolist());
}
for (const [key, entry] of cache) {
  console.log(key, entry.vector.tolist(), `hits=${entry.hits}`, [...entry.tags].join("/"));
}
