// Invoice sheet recalculation with range formulas written as unnamed slice writes: discounts, line totals, tax and a totals row.
import { array, NDArray } from "ndalias";

// Columns: quantity, unit price, discount rate, line total.
const QTY = 0;
const PRICE = 1;
const DISCOUNT = 2;
const TOTAL = 3;
const ITEMS = ["paper", "toner", "stapler", "folders", "labels", "totals"];

const invoice = array([
  [10, 4.5, 0, 0],
  [2, 79, 0, 0],
  [1, 18.5, 0, 0],
  [25, 0.9, 0, 0],
  [6, 3.2, 0, 0],
  [0, 0, 0, 0],
]);
const lastItem = ITEMS.length - 2;

function applyTax(sheet: NDArray, rate: number, rows: string): void {
  sheet.slice(rows, TOTAL).imul(1 + rate);
}

function clearTotalsRow(sheet: NDArray): void {
  sheet.slice(-1).fill(0);
}

function printInvoice(sheet: NDArray): void {
  const rows = sheet.tolist() as number[][];
  console.log("item".padEnd(10) + ["qty", "price", "disc", "total"].map((h) => h.padStart(9)).join(""));
  rows.forEach((row, i) => {
    const cells = row.map((v, c) => (c === DISCOUNT ? `${(v * 100).toFixed(0)}%` : v.toFixed(2)).padStart(9));
    console.log(ITEMS[i].padEnd(10) + cells.join(""));
  });
}

function grandTotal(sheet: NDArray): number {
  return sheet.slice(`:${lastItem + 1}`, TOTAL).sum();
}

// Discounts: everything starts at zero, bulk lines get 10%, the big order 15%.
invoice.slice(":", DISCOUNT).fill(0);
invoice.slice(`0:${lastItem + 1}:3`, DISCOUNT).fill(0.1);
invoice.slice(3, DISCOUNT).fill(0.15);

// Line totals: quantity * price * (1 - discount), item rows only.
const items = `:${lastItem + 1}`;
invoice.slice(items, TOTAL).assign(":", invoice.slice(items, QTY).mul(invoice.slice(items, PRICE)));
invoice.slice(items, TOTAL).imul(invoice.slice(items, DISCOUNT).mul(-1).add(1));

// Tax applies to the taxable goods only (the first two lines).
applyTax(invoice, 0.2, "0:2");

// Totals row: quantities and line totals.
clearTotalsRow(invoice);
invoice.slice(-1, QTY).fill(invoice.slice(items, QTY).sum());
invoice.slice(-1, TOTAL).fill(grandTotal(invoice));

printInvoice(invoice);

// Rounding to cents happens on the invoice itself, cell by cell, through its own name.
for (let r = 0; r < invoice.shape[0]; r++) {
  const rounded = Math.round(invoice.get(r, TOTAL) * 100) / 100;
  invoice.set([r, TOTAL], rounded);
}

// Average discount weighted by quantity, read only.
const qty = invoice.slice(items, QTY).sum();
let weighted = 0;
for (let r = 0; r <= lastItem; r++) {
  weighted += invoice.get(r, QTY) * invoice.get(r, DISCOUNT);
}
console.log("weighted discount:", ((weighted / qty) * 100).toFixed(1) + "%");

// Orders under 200 pay shipping, added to the totals row.
const shipping = 9.95;
if (grandTotal(invoice) < 200) {
  invoice.slice(-1, TOTAL).iadd(shipping);
}
console.log("amount due:", invoice.get(ITEMS.length - 1, TOTAL).toFixed(2));
console.log("lines over 50:", ITEMS.filter((_, r) => r <= lastItem && invoice.get(r, TOTAL) > 50).join(", "));
