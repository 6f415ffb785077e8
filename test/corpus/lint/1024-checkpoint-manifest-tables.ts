// Model checkpoint manifest: parameter groups are object-dtype tables of weight arrays, linked to optimiser state and tied embeddings.
// runnable
import { empty, zeros, ones, full, refcount, memoryStats, NDArray } from "ndalias";

function makeGroup(sizes: number[], init: number): NDArray {
  const group = empty(sizes.length + 1, "object");
  for (let i = 0; i < sizes.length; i++) {
    group.set(i, full(sizes[i], init));
  }
  group.set(sizes.length, null);
  return group;
}

function parameterCount(group: NDArray): number {
  let total = 0;
  for (let i = 0; i < group.size; i++) {
    const entry = group.get(i);
    if (entry !== null && typeof entry === "object" && entry.dtype !== "object") total += entry.size;
  }
  return total;
}

function tieEmbeddings(encoder: NDArray, decoder: NDArray): void {
  const slot = encoder.size - 1;
  encoder.set(slot, decoder);
  decoder.set(decoder.size - 1, encoder); // expect: no-reference-cycle
}

function buildOptimizer(size: number): NDArray {
  const state = empty(3, "object");
  state.set(0, zeros(size));
  state.set(1, ones(size));
  state.set(2, null);
  return state;
}

function buildManifest(): NDArray {
  const encoder = makeGroup([16, 16, 4], 0.01);
  const decoder = makeGroup([4, 16], 0.02);
  const head = makeGroup([4], 0);
  tieEmbeddings(encoder, decoder);

  const optimizer = buildOptimizer(parameterCount(head));
  const manifest = empty(4, "object");
  manifest.set(0, encoder);
  manifest.set(1, decoder);
  manifest.set(2, head);
  manifest.set(3, optimizer);
  optimizer.set(2, manifest); // expect: no-reference-cycle
  return manifest;
}

function exportArchive(manifest: NDArray): NDArray {
  const archive = empty(3, "object");
  for (let i = 0; i < 3; i++) {
    archive.set(i, manifest.get(i));
  }
  return archive;
}

function summarize(manifest: NDArray): string[] {
  const names = ["encoder", "decoder", "head"];
  return names.map((name, i) => `${name}: ${parameterCount(manifest.get(i))} parameters`);
}

const before = memoryStats();
const manifest = buildManifest();
const archive = exportArchive(manifest);
console.log(summarize(manifest).join("\n"));
console.log("references to the manifest:", refcount(manifest));
console.log("archived groups:", archive.size, "head parameters:", parameterCount(archive.get(2)));

const momentum = manifest.get(3).get(0);
momentum.iadd(0.1);
console.log("momentum mean after one step:", momentum.mean());

archive.dispose();
manifest.dispose();
const after = memoryStats();
console.log("storages before:", before.storages, "after releasing the manifest:", after.storages);
console.log("bytes still held:", after.bytes - before.bytes);
