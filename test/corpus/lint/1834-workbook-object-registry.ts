// Workbook registry on object-dtype arrays: sheets live in a table, the table lists itself for INDIRECT lookups, and linked books point at each other.
// runnable
import { array, empty, ones, zeros, collect, memoryStats, refcount, NDArray } from "ndalias";

const SHEET_NAMES = ["inputs", "rates", "summary", "self"];

function sheetAt(book: NDArray, i: number): NDArray {
  return book.get(i) as NDArray;
}

function bookTotal(book: NDArray): number {
  let total = 0;
  for (let i = 0; i < book.size; i++) {
    const entry = book.get(i) as unknown;
    if (entry instanceof NDArray && entry !== book && entry.dtype !== "object") {
      total += entry.sum();
    }
  }
  return total;
}

function indirect(book: NDArray, ref: string): number {
  const [sheetName, cell] = ref.split("!");
  const idx = SHEET_NAMES.indexOf(sheetName);
  if (idx < 0) throw new Error(`unknown sheet ${sheetName}`);
  const [r, c] = cell.split(",").map(Number);
  return sheetAt(book, idx).get(r, c);
}

function buildLinkedBooks(): [NDArray, NDArray] {
  const primary = empty(2, "object");
  const mirror = empty(2, "object");
  primary.set(0, array([[1, 2], [3, 4]]));
  mirror.set(0, ones([2, 2]));
  primary.set(1, mirror);
  mirror.set(1, primary); // expect: no-reference-cycle
  return [primary, mirror];
}

const workbook = empty(4, "object");
workbook.set(0, array([[120, 80], [150, 90]]));
workbook.set(1, array([[1.02, 1.05], [1.01, 1.03]]));
workbook.set(2, zeros([2, 2]));
workbook.set(3, workbook); // expect: no-reference-cycle

// The summary sheet is computed from inputs * rates and written into its slot.
const inputs = sheetAt(workbook, 0);
const rates = sheetAt(workbook, 1);
const computed = inputs.mul(rates);
workbook.set(2, computed);

console.log("summary sheet:", sheetAt(workbook, 2).tolist());
console.log("INDIRECT(rates!1,1):", indirect(workbook, "rates!1,1"));
console.log("INDIRECT(summary!0,0):", indirect(workbook, "summary!0,0").toFixed(2));
console.log("workbook total (numeric sheets):", bookTotal(workbook).toFixed(2));

// A temporary what-if sheet: a fresh copy of the inputs, edited and read.
const whatIf = inputs.copy();
whatIf.set([0, 0], 140);
console.log("what-if vs inputs:", whatIf.sum(), inputs.sum());

// Linked books for a consolidation run.
const [primary, mirror] = buildLinkedBooks();
console.log("primary first sheet:", sheetAt(primary, 0).tolist());
console.log("mirror first sheet:", sheetAt(mirror, 0).tolist());
console.log("references to primary:", refcount(primary), "to mirror:", refcount(mirror));

// Closing the workbook: drop our handles and collect what is left.
const before = memoryStats();
workbook.dispose();
primary.dispose();
mirror.dispose();
const freed = collect();
const after = memoryStats();
console.log(
  "storages before/after:",
  before.storages,
  after.storages,
  "freed by cycle collection:",
  freed,
);

const sheetsOpen = SHEET_NAMES.length - 1;
console.log("workbook closed;", sheetsOpen, "sheets were open");
