// Basket pricing helpers: member discount on line totals, promotional prices for selected SKUs and prices rounded to cents.
import { array, NDArray } from "ndalias";

export function basketTotal(unitPrices: NDArray, quantities: NDArray, member: boolean): number {
  const lineTotals = unitPrices.mul(quantities);
  if (member) {
    const memberTotals = lineTotals.copy();
    memberTotals.imul(0.95); // expect: no-lost-write
  }
  return lineTotals.sum();
}

export function promoPrices(unitPrices: NDArray, promoSkus: number[], rate: number): NDArray {
  const promo = unitPrices.copy();
  const selected = promo.take(promoSkus);
  selected.imul(1 - rate); // expect: no-lost-write
  return promo;
}

export function roundedToCents(unitPrices: NDArray): NDArray {
  const cents = unitPrices.mul(100);
  for (let i = 0; i < cents.size; i++) {
    cents.set(i, Math.round(cents.get(i)));
  }
  return cents.div(100);
}

export function cheapest(unitPrices: NDArray, count: number): number[] {
  const ordered = unitPrices.flatten();
  ordered.sort();
  return (ordered.tolist() as number[]).slice(0, count);
}

const prices = array([3.499, 12.0, 0.995, 7.25, 4.1]);
const quantities = array([2, 1, 6, 1, 3]);

console.log("total (member):", basketTotal(prices, quantities, true).toFixed(2));
console.log("promo prices:", promoPrices(prices, [1, 3], 0.2).tolist());
console.log("rounded:", roundedToCents(prices).tolist());
console.log("three cheapest:", cheapest(prices, 3));
