// Keeps a dataset's feature blocks and its lookup index in object-dtype tables so a loader can reach either from the other.
// runnable
import { empty, zeros, ones, arange, array, refcount, memoryStats, NDArray } from "ndalias";

const BLOCK = 6;

function makeBlocks(count: number): NDArray[] {
  const blocks: NDArray[] = [];
  for (let b = 0; b < count; b++) {
    const block = arange(b * BLOCK, (b + 1) * BLOCK);
    block.imul(0.5);
    blocks.push(block);
  }
  return blocks;
}

function summarise(table: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const entry: unknown = table.get(i);
    if (!(entry instanceof NDArray)) {
      parts.push(`#${i}: -`);
    } else if (entry.dtype === "object") {
      parts.push(`#${i}: table of ${entry.size}`);
    } else {
      parts.push(`#${i}: ${entry.sum().toFixed(1)}`);
    }
  }
  return parts.join(", ");
}

const blocks = makeBlocks(3);
const features = empty(5, "object");
blocks.forEach((b, i) => features.set(i, b));
features.set(3, ones(BLOCK));

const index = empty(3, "object");
index.set(0, array([0, 1, 2, 3]));
index.set(1, array([BLOCK, BLOCK, BLOCK, BLOCK]));
index.set(2, features);
// let the loader walk from a feature table back to its index
features.set(4, index); // expect: no-reference-cycle

function blockNorms(table: NDArray, count: number): NDArray {
  const norms = zeros(count);
  for (let i = 0; i < count; i++) {
    const block = table.get(i) as NDArray;
    norms.set(i, Math.sqrt(block.mul(block).sum()));
  }
  return norms;
}

const cache = empty(2, "object");
cache.set(0, features.get(0));
cache.set(1, zeros(BLOCK));

const stats = empty(2, "object");
stats.set(0, cache);
stats.set(1, array([blocks.length, BLOCK]));

console.log("features:", summarise(features));
console.log("cache:", summarise(cache));
console.log("stats:", summarise(stats));
console.log("block norms:", JSON.stringify(blockNorms(features, 4).tolist()));

const offsets = index.get(0) as NDArray;
const sizes = index.get(1) as NDArray;
for (let i = 0; i < 3; i++) {
  const block = features.get(offsets.get(i) as number) as NDArray;
  console.log(`block ${i}: ${sizes.get(i)} values, mean ${block.mean().toFixed(2)}`);
}

const reached = (features.get(4) as NDArray).get(2) === features;
console.log("loader can walk back to the features:", reached);
console.log("references to the feature table:", refcount(features), "to the index:", refcount(index));

const before = memoryStats();
stats.dispose();
cache.dispose();
index.dispose();
features.dispose();
const after = memoryStats();
console.log(`storages before release: ${before.storages}, after: ${after.storages}`);
