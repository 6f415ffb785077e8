// Inventory ledger: snapshots stock levels before each day's movements and reports every change against the snapshot.
// runnable
import { array, zeros, NDArray } from "ndalias";

const items = ["bolts", "nuts", "washers", "brackets"];
const stock = array([40, 12, 7, 25]);
const reorderPoint = array([10, 10, 5, 20]);
const sold = [array([5, 3, 2, 6]), array([8, 1, 4, 3]), array([2, 6, 0, 9])];
const delivered = [array([0, 10, 0, 0]), array([20, 0, 5, 0]), array([0, 0, 0, 15])];

function describe(levels: NDArray): string {
  return items.map((name, i) => `${name}=${levels.get(i)}`).join(", ");
}

function belowReorder(levels: NDArray, points: NDArray): string[] {
  const gap = levels.sub(points);
  const out: string[] = [];
  for (let i = 0; i < gap.size; i++) {
    if (gap.get(i) < 0) out.push(items[i]);
  }
  return out;
}

// Everything that reads the opening stock happens before the first movement.
const opening = stock.copy();
const display = stock;
const fastMovers = stock.slice(":2");
console.log("opening:", describe(display), "units:", display.sum());
console.log("fast movers on hand:", fastMovers.sum());

const dailyChange: NDArray[] = [];
for (let day = 0; day < sold.length; day++) {
  const before = stock.copy();
  stock.isub(sold[day]);
  stock.iadd(delivered[day]);
  const change = stock.sub(before);
  dailyChange.push(change);
  console.log(`day ${day + 1}:`, describe(stock), "change:", change.tolist());
  const low = belowReorder(stock, reorderPoint);
  if (low.length > 0) console.log("  reorder:", low.join(", "));
}

// A working copy for a what-if: the alias is rebound to a copy before it is written.
let whatIf: NDArray = stock;
whatIf = whatIf.copy();
whatIf.slice("2:").fill(0);
whatIf.iadd(5);
console.log("what-if:", describe(whatIf));

// Net movement over the period, computed from the snapshot taken at opening.
const net = stock.sub(opening);
console.log("net movement:", net.tolist(), "opening total:", opening.sum(), "closing total:", stock.sum());

const cumulative = zeros(stock.size);
for (const change of dailyChange) {
  cumulative.iadd(change);
}
console.log("sum of daily changes matches net:", cumulative.sub(net).max() === 0 && net.sub(cumulative).max() === 0);

// Stocktake correction: counted levels replace the ledger, after a backup copy.
const counted = array([38, 14, 8, 27]);
const backup = stock.copy();
stock.assign(":", counted);
const shrinkage = backup.sub(stock);
console.log("shrinkage:", shrinkage.tolist(), "ledger now:", describe(stock));

// Value the final stock at unit prices without touching the ledger.
const unitPrice = array([0.1, 0.05, 0.02, 1.5]);
const valued = stock.mul(unitPrice);
valued.imul(1.2);
console.log("stock value incl. tax:", valued.sum().toFixed(2));

let lowestIndex = 0;
for (let i = 1; i < stock.size; i++) {
  if (stock.get(i) < stock.get(lowestIndex)) lowestIndex = i;
}
const report = {
  opening: opening.tolist(),
  closing: stock.tolist(),
  lowest: items[lowestIndex],
  days: dailyChange.length,
};
console.log("report:", JSON.stringify(report));
