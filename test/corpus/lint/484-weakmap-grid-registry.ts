// Tiles a flat feature buffer into a grid, masks a header row, tracks touches in a WeakMap and registers buffers in an object table.
import { arange, empty, NDArray } from "ndalias";

const touches = new WeakMap<NDArray, { count: number }>();

function touch(a: NDArray): void {
  const entry = touches.get(a) ?? { count: 0 };
  entry.count++;
  touches.set(a, entry);
}

function touchCount(a: NDArray): number {
  return touches.get(a)?.count ?? 0;
}

function buildRegistry(...buffers: NDArray[]): NDArray {
  const table = empty(buffers.length + 1, "object");
  buffers.forEach((b, i) => table.set(i, b));
  // keep a handle to the table itself so consumers can find its owner
  table.set(buffers.length, table); // expect: no-reference-cycle
  return table;
}

const flat = arange(0, 12);
const grid = flat.reshape(3, 4);
touch(flat);
touch(grid);

console.log("grid shape:", grid.shape, "touches:", touchCount(grid));

// The first row is a header in the upstream format; mask it in the grid
grid.assign("0, :", -1); // expect: no-view-mutation

const features = flat.sum();
console.log("feature total:", features);

const staging = grid.copy();
staging.assign(":, 0", 0);
console.log("staging:", staging.tolist());

const registry = buildRegistry(flat, staging);
console.log("registered:", registry.size, "flat touched", touchCount(flat), "times");
registry.dispose();
