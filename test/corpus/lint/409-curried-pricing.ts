// Applies curried price adjustments to a shopping basket: a discount, a rounding step, a tax mark-up and a ranked receipt.
// runnable
import { array, NDArray } from "ndalias";

const times =
  (k: number) =>
  (x: NDArray): NDArray =>
    x.mul(k);

const roundTo =
  (step: number) =>
  (x: NDArray): NDArray => {
    const out = x.div(step);
    for (let i = 0; i < out.size; i++) out.set(i, Math.round(out.get(i)));
    out.imul(step);
    return out;
  };

const discountInPlace =
  (rate: number) =>
  (prices: NDArray): void => {
    prices.astype("float64").imul(1 - rate); // expect: no-lost-write
  };

const markUpInPlace =
  (rate: number) =>
  (prices: NDArray): void => {
    prices.imul(1 + rate);
  };

function receiptLines(prices: NDArray, names: string[]): string[] {
  const ranked = prices.flatten();
  ranked.sort(); // expect: no-lost-write
  return (prices.tolist() as number[]).map((p, i) => `${names[i]}: ${p.toFixed(2)}`);
}

function cheapestFirst(prices: NDArray): number[] {
  const ranked = prices.flatten();
  ranked.sort();
  return ranked.tolist() as number[];
}

const names = ["bread", "cheese", "apples", "coffee"];
const basket = array([4.99, 12.5, 3.25, 8.0]);

const preview = basket.copy();
preview.imul(0.9);
console.log("preview total after discount:", preview.sum().toFixed(2));

discountInPlace(0.1)(basket);
markUpInPlace(0.2)(basket);

const withTax = roundTo(0.05)(basket);
const inEuro = times(0.92)(withTax);
console.log("rounded with tax:", withTax.tolist(), "in euro:", inEuro.tolist());
console.log("receipt:", receiptLines(basket, names));
console.log("cheapest first:", cheapestFirst(basket));
