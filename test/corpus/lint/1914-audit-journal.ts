// End-of-day audit journal for one store: copies of the price and stock books go into object-dtype tables, then the week is printed.
// runnable
import { array, empty, refcount, NDArray } from "ndalias";

const products = ["apples", "pasta", "olive oil", "water"];
const prices = array([2.2, 1.15, 7.9, 0.45]);
const stock = array([180, 240, 35, 600]);
const weekly = empty(4, "object");

function dailyEntry(p: NDArray, s: NDArray): NDArray {
  const entry = empty(2, "object");
  entry.set(0, p.copy());
  entry.set(1, s.copy());
  return entry;
}

function valueOf(entry: NDArray): number {
  const p = entry.get(0) as NDArray;
  const s = entry.get(1) as NDArray;
  return p.mul(s).sum();
}

function describe(entry: NDArray): string {
  const p = entry.get(0) as NDArray;
  const s = entry.get(1) as NDArray;
  return products.map((name, i) => `${name} ${s.get(i)}@${p.get(i)}`).join(", ");
}

function priceChanges(first: NDArray, last: NDArray): string[] {
  const delta = last.sub(first);
  const out: string[] = [];
  for (let i = 0; i < delta.size; i++) {
    const d = Number(delta.get(i));
    if (d !== 0) {
      out.push(`${products[i]} ${d > 0 ? "+" : ""}${d.toFixed(2)}`);
    }
  }
  return out;
}

class StockTake {
  static lastTotal = 0;
  static count(books: NDArray): number {
    StockTake.lastTotal = books.sum();
    return StockTake.lastTotal;
  }
}

const salesByDay = [array([30, 44, 5, 120]), array([26, 51, 3, 95]), array([41, 38, 7, 130])];

for (let day = 0; day < salesByDay.length; day++) {
  stock.isub(salesByDay[day]);
  weekly.set(day, dailyEntry(prices, stock));
  console.log(`day ${day + 1}: ${StockTake.count(stock)} units on hand`);
}

// weekend shelf tags print the promotional price of the olive oil
const shelfTags = prices;
shelfTags.set(2, 6.5); // expect: no-alias-mutation
console.log("shelf tags:", shelfTags.tolist());

const delivery = array([100, 0, 24, 300]);
stock.iadd(delivery);

const closing = empty(3, "object");
closing.set(0, prices.copy());
closing.set(1, stock.copy());
closing.set(2, weekly);
weekly.set(3, closing); // expect: no-reference-cycle

for (let day = 0; day < 3; day++) {
  const entry = weekly.get(day) as NDArray;
  console.log(`day ${day + 1} value ${valueOf(entry).toFixed(2)}: ${describe(entry)}`);
}
console.log(`closing value ${valueOf(closing).toFixed(2)}: ${describe(closing)}`);

const mondayBooks = weekly.get(0) as NDArray;
const mondayPrices = mondayBooks.get(0) as NDArray;
const changes = priceChanges(mondayPrices, closing.get(0) as NDArray);
console.log("price changes this week:", changes.length > 0 ? changes.join("; ") : "none");

const weekSales = salesByDay[0].add(salesByDay[1]);
weekSales.iadd(salesByDay[2]);
console.log("units sold this week:", weekSales.tolist());
console.log("references to the journal:", refcount(weekly));

weekly.dispose();
console.log("journal closed, last stock take:", StockTake.lastTotal);
