// Nightly embedding maintenance: snapshots the item table, decays it, resets stale rows, zeroes the user padding row and reports stats.
import { array, NDArray } from "ndalias";

const itemStore = {
  name: "item-embeddings",
  version: 3,
  table: array([
    [0.5, 0.1, 0.9],
    [0.3, 0.8, 0.2],
    [0.7, 0.6, 0.4],
    [0.1, 0.2, 0.3],
  ]),
};

const userStore = {
  name: "user-embeddings",
  table: array([
    [0.4, 0.4, 0.4],
    [0.9, 0.2, 0.5],
    [0.1, 0.7, 0.3],
  ]),
};

function dimStats(byDim: NDArray): { mean: number; max: number }[] {
  const stats: { mean: number; max: number }[] = [];
  for (let d = 0; d < byDim.shape[0]; d++) {
    const dim = byDim.slice(d);
    stats.push({ mean: dim.mean(), max: dim.max() });
  }
  return stats;
}

const perDim = itemStore.table.T;
const snapshot = itemStore.table.copy();
console.log("before decay:", dimStats(perDim));

itemStore.table.imul(0.95); // expect: no-view-mutation
itemStore.version += 1;

const staleRows = [3];
const stale = itemStore.table.take(staleRows, 0);
stale.fill(0); // expect: no-lost-write

const drift = itemStore.table.sub(snapshot);
console.log("max drift:", Math.max(Math.abs(drift.min()), drift.max()));
console.log("after decay:", dimStats(perDim), "version", itemStore.version);

const { table: userTable } = userStore;
const paddingRow = 0;
userTable.assign(paddingRow, 0); // expect: no-alias-mutation
console.log(userStore.name, "rows:", userStore.table.tolist());
