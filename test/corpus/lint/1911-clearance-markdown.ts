// Clearance markdowns for end-of-season lines: keeps an audit snapshot of list prices, marks lines and bundles down and prints the book.
// runnable
import { array, NDArray } from "ndalias";

class PriceBook {
  static current: NDArray = array([19.99, 34.5, 12.0, 8.75, 49.0, 15.25]);
  static readonly lines = ["tee", "hoodie", "cap", "socks", "parka", "belt"];
  static readonly audits: NDArray[] = [];

  static snapshot(reason: string): NDArray {
    const snap = PriceBook.current.copy();
    PriceBook.audits.push(snap);
    console.log(`audit snapshot #${PriceBook.audits.length} (${reason})`);
    return snap;
  }

  static describe(prices: NDArray): string {
    return PriceBook.lines.map((name, i) => `${name}=${Number(prices.get(i)).toFixed(2)}`).join(" ");
  }
}

function roundToCents(values: NDArray): void {
  for (let i = 0; i < values.size; i++) {
    values.set(i, Math.round(values.get(i) * 100) / 100);
  }
}

function markdownFactor(weeksOnShelf: NDArray, perWeek: number, floor: number): NDArray {
  const factor = weeksOnShelf.mul(-perWeek);
  factor.iadd(1);
  for (let i = 0; i < factor.size; i++) {
    if (factor.get(i) < floor) {
      factor.set(i, floor);
    }
  }
  return factor;
}

function weightedRevenue(prices: NDArray, forecastUnits: NDArray): number {
  return prices.mul(forecastUnits).sum();
}

function marginReport(prices: NDArray, cost: NDArray): string {
  const margin = prices.sub(cost);
  margin.idiv(prices);
  margin.imul(100);
  const percents = margin.tolist() as number[];
  return percents.map((m) => `${m.toFixed(1)}%`).join(", ");
}

const unitCost = array([7.1, 15.0, 4.4, 2.9, 21.0, 5.5]);
const listAudit = PriceBook.snapshot("before clearance");
const weeksOnShelf = array([3, 12, 1, 16, 8, 2]);
const forecast = array([40, 15, 55, 30, 6, 22]);

const factor = markdownFactor(weeksOnShelf, 0.04, 0.5);
console.log("markdown factors:", factor.tolist());

const clearance = PriceBook.current;
clearance.imul(factor); // expect: no-alias-mutation
console.log("clearance prices:", PriceBook.describe(clearance));
console.log("clearance margins:", marginReport(clearance, unitCost));

console.log("revenue at list prices:", weightedRevenue(PriceBook.current, forecast).toFixed(2));
console.log("audit says list was:", PriceBook.describe(listAudit));

const memberPrices = clearance.mul(0.9);
roundToCents(memberPrices);
console.log("member prices:", memberPrices.tolist());

// bundle prices: rows are bundles, columns are single pack and double pack
const bundles = array([
  [25, 40],
  [18, 30],
  [60, 95],
]);
const singles = bundles.slice(":", 0).copy();
const preSaleDoubles = bundles.slice(":", 1);
console.log("single packs before the sale:", singles.tolist());

bundles.imul(0.85); // expect: no-view-mutation
console.log("bundles on sale:", bundles.tolist());
console.log("double packs before the sale:", preSaleDoubles.tolist());

const saleSingles = bundles.slice(":", 0).copy();
saleSingles.isub(singles);
console.log("single pack change:", saleSingles.tolist());
