// Billing endpoints over a module-level price list: discount quotes on copies, a tax update logged from a view first, and receipts made afterwards.
import { array, NDArray } from "ndalias";

const PRICE_LIST = array([19.99, 5.49, 120.0, 42.5]);
const SKUS = ["mouse", "cable", "monitor", "keyboard"];

function quoteDiscount(items: number[], pct: number): { total: number; lines: unknown } {
  const lines = PRICE_LIST.take(items);
  lines.imul(1 - pct / 100);
  return { total: lines.sum(), lines: lines.tolist() };
}

function bulkQuote(quantities: NDArray): unknown {
  const priced = PRICE_LIST.copy();
  priced.imul(quantities);
  return priced.tolist();
}

function roundCents(amounts: NDArray): NDArray {
  const out = amounts.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.round(out.get(i) * 100) / 100);
  }
  return out;
}

function applyTax(rate: number): string {
  if (rate < 0 || rate > 1) throw new RangeError(`tax rate ${rate} outside [0, 1]`);
  const headline = PRICE_LIST.slice(":2");
  const logLine = `applying ${rate * 100}% tax; first items were ${JSON.stringify(headline.tolist())}`;
  PRICE_LIST.imul(1 + rate);
  return logLine;
}

function receipt(items: number[]): string {
  const lines = roundCents(PRICE_LIST.take(items));
  const rows = items.map((sku, i) => `${SKUS[sku].padEnd(10)}${lines.get(i).toFixed(2)}`);
  return [...rows, `${"total".padEnd(10)}${lines.sum().toFixed(2)}`].join("\n");
}

console.log("discount quote:", JSON.stringify(quoteDiscount([0, 2], 15)));
console.log("bulk quote:", bulkQuote(array([2, 10, 1, 0])));

try {
  applyTax(1.5);
} catch (err) {
  console.log("rejected:", (err as Error).message);
}
console.log(applyTax(0.2));

const accessories = PRICE_LIST.slice("0:2");
console.log("accessories after tax:", roundCents(accessories).tolist());
console.log(receipt([0, 1, 3]));
