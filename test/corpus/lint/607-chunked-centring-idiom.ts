// Centres a large metric export chunk by chunk with in-place slice writes, clamps each chunk, then reports chunk summaries taken after the writes.
import { arange, NDArray } from "ndalias";

const CHUNK_SIZE = 5;
const LIMIT = 6;

function chunkSpecs(length: number, size: number): string[] {
  const specs: string[] = [];
  for (let start = 0; start < length; start += size) {
    specs.push(`${start}:${Math.min(start + size, length)}`);
  }
  return specs;
}

function clampInPlace(values: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < values.size; i++) {
    const v: number = values.get(i);
    if (v < lo) values.set(i, lo);
    else if (v > hi) values.set(i, hi);
  }
}

const metrics = arange(0, 20).mul(1.5).add(3);
const specs = chunkSpecs(metrics.size, CHUNK_SIZE);

// Read-only pass: chunk levels through views, before anything is written.
const chunkLevels: number[] = [];
for (const spec of specs) {
  const chunk = metrics.slice(spec);
  chunkLevels.push(chunk.mean());
}
console.log("chunk levels before centring:", chunkLevels);

// Write pass: centre each chunk in place, NumPy style (metrics[a:b] -= level).
for (let i = 0; i < specs.length; i++) {
  metrics.slice(specs[i]).isub(chunkLevels[i]);
}
for (const spec of specs) {
  clampInPlace(metrics.slice(spec), -LIMIT, LIMIT);
}

// Views made after the writes see the centred values by design.
const firstChunk = metrics.slice(specs[0]);
const lastChunk = metrics.slice(specs[specs.length - 1]);
const grid = metrics.reshape(specs.length, CHUNK_SIZE);

console.log("first chunk:", firstChunk.tolist());
console.log("last chunk:", lastChunk.tolist());
console.log("chunk grid:", grid.tolist());
console.log("overall mean after centring:", metrics.mean());
