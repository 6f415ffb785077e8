// Packs model tensors into object-dtype checkpoint tables with a manifest, then summarises and releases them.
import { array, empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

const SLOT_WEIGHTS = 0;
const SLOT_BIAS = 1;
const SLOT_STATS = 2;

interface Tensors {
  weights: NDArray;
  bias: NDArray;
}

function layerStats(t: Tensors): NDArray {
  const stats = zeros(4);
  stats.set(0, t.weights.mean());
  stats.set(1, t.weights.min());
  stats.set(2, t.weights.max());
  stats.set(3, t.bias.sum());
  return stats;
}

/** Packs one layer into a slot table: copies of its tensors plus summary statistics. */
function packLayer(t: Tensors): NDArray {
  const slots = empty(3, "object");
  slots.set(SLOT_WEIGHTS, t.weights.copy());
  slots.set(SLOT_BIAS, t.bias.copy());
  slots.set(SLOT_STATS, layerStats(t));
  return slots;
}

/** Builds a checkpoint: one slot table per layer and a manifest of shapes. */
function buildCheckpoint(layers: Tensors[], step: number): NDArray {
  const tables = empty(layers.length + 1, "object");
  const shapes = empty(layers.length, "object");
  for (let i = 0; i < layers.length; i++) {
    tables.set(i, packLayer(layers[i]));
    shapes.set(i, array(layers[i].weights.shape));
  }

  const manifest = empty(3, "object");
  manifest.set(0, shapes);
  manifest.set(1, array([step, layers.length]));
  manifest.set(2, tables);

  // The table list keeps a back-pointer to its manifest in its last slot,
  // so that the list can be restored on its own.
  tables.set(layers.length, manifest); // expect: no-reference-cycle
  return manifest;
}

function describeCheckpoint(manifest: NDArray): string {
  const shapes = manifest.get(0) as NDArray;
  const meta = manifest.get(1) as NDArray;
  const parts: string[] = [];
  for (let i = 0; i < shapes.size; i++) {
    parts.push(((shapes.get(i) as NDArray).tolist() as number[]).join("x"));
  }
  return `step ${meta.get(0)}: ${meta.get(1)} layers [${parts.join(", ")}]`;
}

const layers: Tensors[] = [
  { weights: array([[0.2, -0.1], [0.4, 0.3]]), bias: array([0.0, 0.1]) },
  { weights: array([[0.5, 0.5, -0.2]]), bias: array([0.05]) },
];

// An independent archive that refers to packed layers but is never referred to by them.
const archive = empty(layers.length, "object");
for (let i = 0; i < layers.length; i++) {
  archive.set(i, packLayer(layers[i]));
}
const archivedStats = (archive.get(1) as NDArray).get(SLOT_STATS) as NDArray;

const before = memoryStats();
const manifest = buildCheckpoint(layers, 1200);
console.log(describeCheckpoint(manifest));
console.log("archived stats of layer 1:", archivedStats.tolist());
console.log("references to the manifest:", refcount(manifest));

layers[0].weights.imul(0.5);
const packedWeights = ((archive.get(0) as NDArray).get(SLOT_WEIGHTS) as NDArray).tolist();
console.log("archived weights keep their values:", packedWeights);

manifest.dispose();
archive.dispose();
const after = memoryStats();
console.log("storages before/after:", before.storages, after.storages);
