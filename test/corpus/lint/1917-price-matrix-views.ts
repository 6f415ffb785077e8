// Store-by-SKU price matrix for a pharmacy chain: buyer views per SKU, a uniform-price preview and a newest-first sales history.
import { array, zeros, NDArray } from "ndalias";

class PriceMatrix {
  static readonly currency = "EUR";
  private readonly grid: NDArray;

  constructor(readonly stores: string[], readonly skus: string[], rows: number[][]) {
    this.grid = array(rows);
  }

  priceOf(store: number, sku: number): number {
    return this.grid.get(store, sku);
  }

  reprice(store: number, sku: number, price: number): number {
    const old = this.grid.get(store, sku);
    this.grid.set([store, sku], price);
    return price - old;
  }

  perSku(): NDArray {
    return this.grid.T.copy();
  }

  storeMeans(): NDArray {
    const means = zeros(this.stores.length);
    for (let s = 0; s < this.stores.length; s++) {
      means.set(s, this.grid.slice(s).mean());
    }
    return means;
  }
}

function basketCost(grid: NDArray, basket: NDArray): number[] {
  const costs: number[] = [];
  for (let s = 0; s < grid.shape[0]; s++) {
    costs.push(grid.slice(s).mul(basket).sum());
  }
  return costs;
}

function spread(prices: NDArray): number {
  return prices.max() - prices.min();
}

const stores = ["Leeds", "Bath", "Hull", "Kent"];
const skus = ["paracetamol", "plasters", "sunscreen"];
const rows = [
  [2.5, 3.1, 9.9],
  [2.4, 3.3, 10.5],
  [2.7, 2.9, 9.5],
  [2.6, 3.0, 9.9],
];

const matrix = new PriceMatrix(stores, skus, rows);
const delta = matrix.reprice(1, 2, 10.25);
console.log(`Bath sunscreen repriced by ${delta.toFixed(2)}`);
console.log("store means:", matrix.storeMeans().tolist());
console.log("per-SKU table:", matrix.perSku().tolist());

// buyers' working copy of the grid, looked at one SKU at a time
const grid = array(rows);
const bySku = grid.T;
for (let k = 0; k < skus.length; k++) {
  console.log(`${skus[k]}: spread ${spread(bySku.slice(k)).toFixed(2)}`);
}

// preview a uniform sunscreen price across stores
bySku.slice(2).fill(9.49); // expect: no-view-mutation
console.log("uniform sunscreen preview:", bySku.slice(2).tolist());

const basket = array([2, 1, 1]);
const costs = basketCost(grid, basket);
stores.forEach((name, s) => console.log(`${name} basket: ${costs[s].toFixed(2)} ${PriceMatrix.currency}`));

// weekly unit sales, oldest first; the current week is still open
const weeklySales = array([120, 135, 128, 150, 161, 149]);
const newestFirst = weeklySales.flip();
console.log("best week so far:", weeklySales.max());

weeklySales.set(5, 0); // expect: no-view-mutation
const closedWeeks = weeklySales.slice(":5");
console.log("mean of closed weeks:", closedWeeks.mean());
console.log("latest week on the dashboard:", newestFirst.get(0));

const trend = zeros(4);
for (let i = 0; i < 4; i++) {
  trend.set(i, closedWeeks.get(i + 1) - closedWeeks.get(i));
}
console.log("week-on-week change:", trend.tolist());
