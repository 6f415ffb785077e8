// Model catalog built from object-dtype registries and layer records: entries hold fresh arrays or other containers, layers chain forward only, and an undo history of plain records links both ways.
import { collect, empty, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  next: Layer | null = null;
  constructor(readonly name: string, n: number) {
    this.weights = zeros(n);
  }
}

interface HistoryEntry {
  step: number;
  note: string;
  prev: HistoryEntry | null;
  next: HistoryEntry | null;
}

function buildRegistry(sizes: number[]): NDArray {
  const registry = empty(sizes.length, "object");
  for (let i = 0; i < sizes.length; i++) registry.set(i, zeros(sizes[i]));
  return registry;
}

function buildCatalog(): NDArray {
  const dense = buildRegistry([4, 2]);
  const conv = buildRegistry([9]);
  const catalog = empty(3, "object");
  catalog.set(0, dense);
  catalog.set(1, conv);
  const backup = dense.copy();
  dense.set(1, backup);
  catalog.set(2, "v1");
  const index = empty(1, "object");
  index.set(0, catalog);
  return index;
}

function buildStack(): Layer {
  const input = new Layer("input", 4);
  const hidden = new Layer("hidden", 8);
  const output = new Layer("output", 2);
  input.next = hidden;
  hidden.next = output;
  return input;
}

function buildHistory(notes: string[]): HistoryEntry {
  const sentinel: HistoryEntry = { step: -1, note: "start", prev: null, next: null };
  sentinel.next = sentinel;
  sentinel.prev = sentinel;
  let tail = sentinel;
  for (let i = 0; i < notes.length; i++) {
    const entry: HistoryEntry = { step: i, note: notes[i], prev: tail, next: sentinel };
    tail.next = entry;
    sentinel.prev = entry;
    tail = entry;
  }
  return sentinel;
}

const index = buildCatalog();
const catalog: NDArray = index.get(0);
console.log("catalog version:", catalog.get(2), "dense entries:", catalog.get(0).size);

let layer: Layer | null = buildStack();
let params = 0;
while (layer) {
  params += layer.weights.size;
  layer = layer.next;
}
console.log("parameters in stack:", params);

const history = buildHistory(["load", "prune", "quantise"]);
console.log("latest step:", history.prev?.note, "first step:", history.next?.note);
console.log("storages freed by collect():", collect());
