// Iterates the columns of a sales table for per-column statistics, notifies change handlers against a saved snapshot and applies a price increase.
import { array, NDArray } from "ndalias";

type ChangeHandler = () => void;

class ChangeNotifier {
  private handlers: ChangeHandler[] = [];

  on(handler: ChangeHandler): void {
    this.handlers.push(handler);
  }

  fire(): number {
    for (const handler of this.handlers) {
      handler();
    }
    return this.handlers.length;
  }
}

function* columns(table: NDArray): Generator<[number, NDArray]> {
  for (let c = 0; c < table.shape[1]; c++) {
    yield [c, table.slice(":", c)];
  }
}

function* rows(table: NDArray): Generator<NDArray> {
  for (let r = 0; r < table.shape[0]; r++) {
    yield table.slice(r);
  }
}

const COLUMN_NAMES = ["units", "unit price", "shelf days"];

function describeColumn(index: number, column: NDArray): string {
  const name = COLUMN_NAMES[index] ?? `column ${index}`;
  return `${name}: mean ${column.mean().toFixed(2)}, max ${column.max()}`;
}

// columns: units sold, unit price, days on shelf
const sales = array([
  [12, 3.5, 40],
  [8, 4.0, 25],
  [15, 3.0, 60],
  [5, 6.5, 12],
]);

const stats: string[] = [];
for (const [c, column] of columns(sales)) {
  stats.push(describeColumn(c, column));
}
console.log(stats.join("\n"));

let bestRevenue = 0;
for (const row of rows(sales)) {
  bestRevenue = Math.max(bestRevenue, row.get(0) * row.get(1));
}
console.log("best single-product revenue:", bestRevenue.toFixed(2));

const firstProduct = sales.slice(0);
console.log("first product before the update:", firstProduct.tolist());

const before = sales.copy();
const notifier = new ChangeNotifier();
notifier.on(() => {
  const delta = sales.sub(before);
  console.log("total change across the table:", delta.sum().toFixed(2));
});
notifier.on(() => {
  console.log("price column now:", sales.slice(":", 1).tolist());
});

// 10% price increase, and restocked shelves reset their shelf days
sales.slice(":", 1).imul(1.1);
sales.assign("1:3, 2", 0);
const handlerCount = notifier.fire();
console.log("handlers notified:", handlerCount);

const flat = sales.ravel();
console.log("largest cell after the update:", flat.max());
console.log("snapshot price column:", before.slice(":", 1).tolist());
