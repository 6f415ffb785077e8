// Applies a seasonal discount to a module-level price list, hides sold-out items and prints the list and inventory figures.
// runnable
import { array, NDArray } from "ndalias";

const ITEMS = ["lamp", "mug", "chair", "kettle", "pen"];
const PRICES = array([19.99, 5.49, 120.0, 42.5, 7.25]);
const STOCK = array([3, 10, 0, 4, 25]);
const VAT = 0.2;

function applySeasonalDiscount(pct: number): void {
  if (pct <= 0 || pct >= 1) {
    throw new RangeError(`discount must be in (0, 1), got ${pct}`);
  }
  const discounted = PRICES.copy();
  discounted.imul(1 - pct); // expect: no-lost-write
}

function soldOutIndices(): number[] {
  const idx: number[] = [];
  for (let i = 0; i < STOCK.size; i++) {
    if (STOCK.get(i) === 0) {
      idx.push(i);
    }
  }
  return idx;
}

function hideSoldOut(): number {
  const idx = soldOutIndices();
  if (idx.length > 0) {
    PRICES.take(idx).fill(0); // expect: no-lost-write
  }
  return idx.length;
}

function pricesWithVat(): NDArray {
  const gross = PRICES.mul(1 + VAT);
  for (let i = 0; i < gross.size; i++) {
    gross.set(i, Math.round(gross.get(i) * 100) / 100);
  }
  return gross;
}

function inventoryValue(): number {
  const value = PRICES.mul(STOCK);
  value.imul(0.9);
  return value.sum();
}

function restock(item: number, units: number): void {
  STOCK.set(item, STOCK.get(item) + units);
}

function sell(item: number, units: number): number {
  const available = STOCK.get(item);
  const sold = Math.min(available, units);
  STOCK.set(item, available - sold);
  return sold * PRICES.get(item);
}

function priceTable(prices: NDArray): string {
  return ITEMS.map((name, i) => `${name} ${prices.get(i).toFixed(2)}`).join(" | ");
}

console.log("list prices:", priceTable(PRICES));
applySeasonalDiscount(0.15);
console.log("after discount:", priceTable(PRICES));

const hidden = hideSoldOut();
console.log(`hid ${hidden} sold-out item(s):`, priceTable(PRICES));

const cheapest = PRICES.flatten();
cheapest.sort();
console.log("cheapest three:", cheapest.slice(":3").tolist());

let revenue = 0;
revenue += sell(1, 4);
revenue += sell(4, 30);
restock(2, 6);
console.log("revenue:", revenue.toFixed(2), "stock:", STOCK.tolist());

PRICES.imul(0.95);
console.log("clearance prices:", priceTable(PRICES));
console.log("with VAT:", priceTable(pricesWithVat()));
console.log("inventory value at 90%:", inventoryValue().toFixed(2));
