// ETL step for an order extract: imputes missing amounts with the column median, caps bulk quantities and prints the load audit.
// runnable
import { array, NDArray } from "ndalias";

interface OrderBatch {
  amount: NDArray;
  quantity: NDArray;
  discount: NDArray;
}

const QUANTITY_CAP = 10;

const batch: OrderBatch = {
  amount: array([120.5, NaN, 87.25, 301.0, NaN, 45.0]),
  quantity: array([1, 3, 2, 40, 1, 2]),
  discount: array([0, 0.1, 0, 0.25, 0.05, 0]),
};

function countMissing(col: NDArray): number {
  let missing = 0;
  for (let i = 0; i < col.size; i++) {
    if (Number.isNaN(col.get(i))) missing++;
  }
  return missing;
}

function medianOf(col: NDArray): number {
  const present: number[] = [];
  for (let i = 0; i < col.size; i++) {
    const v: number = col.get(i);
    if (!Number.isNaN(v)) present.push(v);
  }
  present.sort((a, b) => a - b);
  return present[Math.floor(present.length / 2)];
}

const missingAtLoad = countMissing(batch.amount);
console.log(`loaded ${batch.amount.size} orders, ${missingAtLoad} without an amount`);

// Impute the amount column for the revenue computation.
const imputedAmount = batch.amount;
const fillValue = medianOf(imputedAmount);
for (let i = 0; i < imputedAmount.size; i++) {
  if (Number.isNaN(imputedAmount.get(i))) {
    imputedAmount.set(i, fillValue); // expect: no-alias-mutation
  }
}

// Cap bulk orders so a single wholesale line does not dominate the revenue.
const cappedQuantity = batch.quantity.copy();
for (let i = 0; i < batch.quantity.size; i++) {
  if (batch.quantity.get(i) > QUANTITY_CAP) {
    cappedQuantity.set(i, QUANTITY_CAP); // expect: no-lost-write
  }
}

const netPrice = batch.discount.mul(-1).add(1);
const revenue = batch.amount.mul(batch.quantity).mul(netPrice);

const revenueShare = revenue.copy();
revenueShare.idiv(revenue.sum());

console.log("revenue per line:", revenue.tolist());
console.log("share of revenue:", revenueShare.tolist());
console.log("audit: raw amounts still missing:", countMissing(batch.amount), "of", missingAtLoad);
console.log("audit: largest quantity loaded:", batch.quantity.max());
