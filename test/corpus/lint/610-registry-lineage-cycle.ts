// Keeps intermediate pipeline results in an object-dtype registry whose lineage table points back at the registry, and reports memory after release.
// runnable
import { arange, empty, zeros, memoryStats, refcount, NDArray } from "ndalias";

const STAGES = ["raw", "deduped", "enriched"];

function buildRegistry(names: string[], width: number): NDArray {
  const registry = empty(names.length + 1, "object");
  for (let i = 0; i < names.length; i++) {
    registry.set(i, arange(0, width).mul(i + 1));
  }

  const lineage = empty(2, "object");
  lineage.set(0, zeros(names.length));
  lineage.set(1, registry);
  registry.set(names.length, lineage); // expect: no-reference-cycle
  return registry;
}

function buildManifest(registry: NDArray, names: string[]): NDArray {
  const manifest = empty(names.length, "object");
  for (let i = 0; i < names.length; i++) {
    const stage = registry.get(i) as NDArray;
    manifest.set(i, stage.copy());
  }
  return manifest;
}

function describeStage(registry: NDArray, index: number): string {
  const stage = registry.get(index) as NDArray;
  return `${STAGES[index]}: total=${stage.sum()} max=${stage.max()}`;
}

const before = memoryStats();
const registry = buildRegistry(STAGES, 6);
console.log("references to the registry:", refcount(registry));
for (let i = 0; i < STAGES.length; i++) {
  console.log(describeStage(registry, i));
}

const manifest = buildManifest(registry, STAGES);
console.log("manifest entries:", manifest.size, "references to the manifest:", refcount(manifest));

manifest.dispose();
registry.dispose();
const after = memoryStats();
console.log("storages still held after release:", after.storages - before.storages);
console.log("bytes still held after release:", after.bytes - before.bytes);
