// Registers each data split's working buffers in an object-dtype table built from factory callbacks, then releases the tables.
// runnable
import { empty, zeros, ones, full, refcount, memoryStats, NDArray } from "ndalias";

type BufferFactory = (size: number) => NDArray;

const factories: Array<[string, BufferFactory]> = [
  ["inputs", (n) => zeros(n)],
  ["targets", (n) => ones(n)],
  ["weights", (n) => full(n, 0.5)],
];

const splitSizes: Record<string, number> = { train: 32, valid: 8, test: 8 };

function slotOf(name: string): number {
  const idx = factories.findIndex(([n]) => n === name);
  if (idx < 0) throw new Error(`unknown buffer ${name}`);
  return idx;
}

function describeTable(split: string, table: NDArray): string {
  const parts = factories.map(([name], i) => {
    const buf: NDArray = table.get(i);
    return `${name}=${buf.size}`;
  });
  return `${split}: ${parts.join(", ")} refs=${refcount(table)}`;
}

function weightedTargetMean(table: NDArray): number {
  const targets: NDArray = table.get(slotOf("targets"));
  const weights: NDArray = table.get(slotOf("weights"));
  return targets.mul(weights).sum() / weights.sum();
}

const splits = Object.keys(splitSizes);

const tables = splits.map((split) => {
  const table = empty(factories.length + 1, "object");
  factories.forEach(([, make], i) => table.set(i, make(splitSizes[split])));
  // the last slot points back at the table so that consumers can find their owner
  table.set(factories.length, table); // expect: no-reference-cycle
  return table;
});

tables.forEach((t, k) => console.log(describeTable(splits[k], t)));
console.log(
  "weighted target means:",
  tables.map((t) => weightedTargetMean(t).toFixed(3)),
);

const catalog = empty(tables.length, "object");
tables.forEach((t, k) => {
  catalog.set(k, t);
});
console.log("catalog entries:", catalog.size, "refs to the train table:", refcount(tables[0]));

const summary = splits.map((split, k) => {
  const inputs: NDArray = tables[k].get(slotOf("inputs"));
  return { split, size: inputs.size, mean: inputs.mean() };
});
summary.forEach((s) => console.log(`${s.split}: ${s.size} inputs, mean ${s.mean}`));

function makeBatchTable(size: number, fill: number): NDArray {
  const batch = empty(2, "object");
  batch.set(0, full(size, fill));
  batch.set(1, zeros(size));
  return batch;
}

const batches = [1, 2, 3].map((v) => makeBatchTable(4, v));
const batchTotals = batches.map((b) => {
  const first: NDArray = b.get(0);
  return first.sum();
});
console.log("batch totals:", batchTotals);
batches.forEach((b) => b.dispose());

const before = memoryStats();
catalog.dispose();
tables.forEach((t) => t.dispose());
const after = memoryStats();
console.log("storages before release:", before.storages, "after release:", after.storages);
console.log("handles before release:", before.handles, "after release:", after.handles);
