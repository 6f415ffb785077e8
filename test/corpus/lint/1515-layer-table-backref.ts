// Keeps a small network's parameters in object-dtype tables, groups them under a model table for lookups, and releases the tables at shutdown.
// runnable
import { empty, zeros, ones, full, NDArray, refcount, memoryStats } from "ndalias";

type Mode = "dense" | "residual" | "frozen";

// One slot per layer plus a trailing slot reserved for the owning model.
function paramTable(widths: number[]): NDArray {
  const table = empty(widths.length + 1, "object");
  for (let i = 0; i < widths.length; i++) {
    table.set(i, i % 2 === 0 ? zeros([widths[i], widths[i]]) : ones(widths[i]));
  }
  return table;
}

function totalParams(table: NDArray): number {
  let n = 0;
  for (let i = 0; i < table.size; i++) {
    const entry = table.get(i) as NDArray | null;
    if (entry) n += entry.size;
  }
  return n;
}

// Exactly one of the two tables ends up holding the other, depending on the mode.
function link(mode: Mode, encoder: NDArray, decoder: NDArray): void {
  switch (mode) {
    case "dense":
      encoder.set(encoder.size - 1, decoder);
      break;
    case "residual":
      decoder.set(decoder.size - 1, encoder);
      break;
    case "frozen":
      return;
  }
}

const config = { ownerLookups: true, snapshots: 3 };
const widths = [4, 4, 2];
const layers = paramTable(widths);
console.log("parameters per layer table:", totalParams(layers));

// Snapshot history: each slot holds a copy, never the table itself.
const history = empty(config.snapshots, "object");
for (let step = 0; step < history.size; step++) {
  const snapshot = empty(widths.length, "object");
  for (let i = 0; i < widths.length; i++) {
    const p = layers.get(i) as NDArray;
    snapshot.set(i, p.copy());
  }
  history.set(step, snapshot);
}
console.log("snapshots kept:", history.size, "refs to the live table:", refcount(layers));

const encoder = empty(2, "object");
const decoder = empty(2, "object");
encoder.set(0, full(3, 0.5));
decoder.set(0, full(3, -0.5));
link(process.argv.includes("--residual") ? "residual" : "dense", encoder, decoder);

// Model table: slot 0 holds the layers, slot 1 the optimiser state.
const model = empty(2, "object");
model.set(0, layers);
model.set(1, zeros(totalParams(layers)));

// Let the layer table find its model for quick lookups during training.
const layerIndex = empty(widths.length, "object");
for (let i = 0; i < widths.length; i++) layerIndex.set(i, layers.get(i));
if (config.ownerLookups) {
  layers.set(layers.size - 1, model); // expect: no-reference-cycle
}

const before = memoryStats();
console.log("storages before shutdown:", before.storages, "handles:", before.handles);

for (let step = 0; step < history.size; step++) {
  (history.get(step) as NDArray).dispose();
}
history.dispose();
layerIndex.dispose();
encoder.dispose();
decoder.dispose();
model.dispose();
layers.dispose();

const after = memoryStats();
console.log("storages after shutdown:", after.storages, "handles:", after.handles);
