// Group-by aggregation over a store x metric matrix: hashed groups summed row by row, and a fast path for key-sorted blocks.
import { array, zeros, NDArray } from "ndalias";

export class Groups implements Iterable<[string, number[]]> {
  private readonly rowsByKey = new Map<string, number[]>();

  constructor(keys: readonly string[]) {
    keys.forEach((k, i) => {
      const rows = this.rowsByKey.get(k);
      if (rows) rows.push(i);
      else this.rowsByKey.set(k, [i]);
    });
  }

  get size(): number {
    return this.rowsByKey.size;
  }

  *[Symbol.iterator](): Iterator<[string, number[]]> {
    yield* this.rowsByKey.entries();
  }
}

export namespace GroupBy {
  export function sum(values: NDArray, keys: readonly string[]): Map<string, NDArray> {
    const out = new Map<string, NDArray>();
    for (const [key, rows] of new Groups(keys)) {
      const acc = zeros(values.shape[1]);
      for (const r of rows) acc.iadd(values.slice(r));
      out.set(key, acc);
    }
    return out;
  }

  export function sortedBlockTotals(values: NDArray, bounds: readonly number[]): NDArray {
    const out = zeros([bounds.length - 1, values.shape[1]]);
    for (let g = 0; g + 1 < bounds.length; g++) {
      const block = values.slice(`${bounds[g]}:${bounds[g + 1]}`);
      const acc = block.slice(0);
      for (let r = 1; r < block.shape[0]; r++) {
        acc.iadd(block.slice(r)); // expect: no-view-mutation
      }
      out.assign(`${g}`, acc);
    }
    return out;
  }

  export function counts(keys: readonly string[]): Record<string, number> {
    const res: Record<string, number> = {};
    for (const [key, rows] of new Groups(keys)) res[key] = rows.length;
    return res;
  }
}

const stores = ["north", "north", "south", "south", "south", "west"];
const metrics = array([
  [10, 2],
  [12, 3],
  [7, 1],
  [9, 2],
  [11, 4],
  [5, 1],
]);

const hashed = GroupBy.sum(metrics, stores);
for (const [store, total] of hashed) console.log("hashed", store, total.tolist());

const blocks = GroupBy.sortedBlockTotals(metrics, [0, 2, 5, 6]);
console.log("block totals:", blocks.tolist());
console.log("group sizes:", GroupBy.counts(stores));
console.log("grand total:", metrics.sum());
