// Prepares a price panel for a backtest: repairs a bad tick, builds float32, ranked, picked and return panels, and prints them.
import { array, NDArray } from "ndalias";

interface PreparedPanel {
  returns: NDArray;
  picked: NDArray;
  halfPrecision: NDArray;
}

function rankRow(row: NDArray): number[] {
  const sorted = row.flatten();
  sorted.sort();
  const ranks: number[] = [];
  for (let i = 0; i < row.size; i++) {
    let r = 0;
    while (r < sorted.size && sorted.get(r) < row.get(i)) r++;
    ranks.push(r);
  }
  return ranks;
}

function prepare(prices: NDArray, keep: number[]): PreparedPanel {
  const returns = prices.slice("1:").sub(prices.slice(":-1"));
  returns.idiv(prices.slice(":-1"));

  const picked = prices.take(keep, 1);
  picked.isub(picked.mean());

  const halfPrecision = prices.astype("float32");
  halfPrecision.imul(0.01);

  return { returns, picked, halfPrecision };
}

const prices = array([
  [100, 50, 20, 75],
  [101, 51, 20.5, 74],
  [102, 0, 20.2, 76],
  [103, 52, 20.4, 77],
]);

prices.set([2, 1], prices.get(1, 1));
const lastDay = prices.slice(-1);
const firstColumn = prices.slice(":", 0);
console.log("last day:", lastDay.tolist(), "first asset:", firstColumn.tolist());

const panel = prepare(prices, [0, 2]);
console.log("returns:", panel.returns.tolist());
console.log("picked, demeaned:", panel.picked.tolist());
console.log("scaled float32:", panel.halfPrecision.tolist());

for (let d = 0; d < prices.shape[0]; d++) {
  console.log(`day ${d} ranks:`, rankRow(prices.slice(d)));
}

let working: NDArray = prices;
working = working.mul(1.001);
working.iadd(0.5);
console.log("marked-up panel:", working.tolist(), "original total:", prices.sum());
