// Keeps checkpoints of model parameters in object-dtype registries, snapshotting and rotating slots without self-references.
import { array, empty, zeros, collect, memoryStats, NDArray } from "ndalias";

class Checkpoint {
  params: NDArray;
  parent: Checkpoint | null;
  constructor(readonly tag: string, params: NDArray, parent: Checkpoint | null) {
    this.params = params.copy();
    this.parent = parent;
  }
  depth(): number {
    let d = 0;
    for (let c = this.parent; c !== null; c = c.parent) d++;
    return d;
  }
}

const weights = array([0.2, -0.4, 0.9]);
const bias = array([0.1]);

const registry = empty(4, "object");
registry.set(0, weights);
registry.set(1, bias);

// a frozen copy of the table so far: it holds weights and bias, not the table itself
const snapshot = registry.copy();
registry.set(2, snapshot);
registry.set(3, zeros(3));

// training step: parameters are updated through their own names
weights.imul(0.5);
bias.iadd(0.05);
const firstSlot = registry.get(0) as NDArray;
console.log("slot 0 after the update:", firstSlot.tolist(), "weights:", weights.tolist());

// rotating history: the new slot table points at the old one, never the reverse
let slots = empty(3, "object");
slots.set(0, weights.copy());
const history = empty(2, "object");
history.set(0, slots);
slots = empty(3, "object");
slots.set(0, history);
slots.set(1, bias.copy());

// a chain of checkpoints: every child points at its parent only
const root = new Checkpoint("init", weights, null);
weights.isub(0.1);
const child = new Checkpoint("epoch-1", weights, root);
weights.isub(0.1);
const grandchild = new Checkpoint("epoch-2", weights, child);
console.log(
  "checkpoints:",
  [root, child, grandchild].map((c) => `${c.tag}@${c.depth()}:${c.params.sum().toFixed(2)}`).join(" "),
);

function pack(items: NDArray[]): NDArray {
  const table = empty(items.length, "object");
  items.forEach((item, i) => {
    table.set(i, item);
  });
  return table;
}

function unpackSums(table: NDArray): number[] {
  const sums: number[] = [];
  for (let i = 0; i < table.size; i++) {
    const item = table.get(i) as NDArray;
    sums.push(item.sum());
  }
  return sums;
}

const packed = pack([weights, bias, grandchild.params]);
const outer = pack([packed, root.params]);
console.log("packed sums:", unpackSums(packed).map((s) => s.toFixed(2)));
console.log("outer has", outer.size, "entries; first is a table of", (outer.get(0) as NDArray).size);

const before = memoryStats();
const freed = collect();
const after = memoryStats();
console.log("cycles freed:", freed, "storages before/after:", before.storages, after.storages);
console.log("snapshot slot 0 sum:", (snapshot.get(0) as NDArray).sum().toFixed(2));
console.log("history slot:", (history.get(0) as NDArray).size, "rotated slot:", (slots.get(1) as NDArray).tolist());
