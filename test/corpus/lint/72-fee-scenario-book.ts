// Applies a fee scenario to a portfolio book that wraps the live price vector, then reports the portfolio value at market prices.
// runnable
import { array, NDArray } from "ndalias";

interface Book {
  name: string;
  prices: NDArray;
  holdings: NDArray;
}

function value(prices: NDArray, holdings: NDArray): number {
  return prices.mul(holdings).sum();
}

function describe(book: Book): string {
  return `${book.name}: ${book.prices.size} assets, value ${value(book.prices, book.holdings).toFixed(2)}`;
}

const marketPrices = array([101.5, 48.2, 230.0, 12.75]);
const holdings = array([10, 50, 3, 200]);
const scenario: Book = { name: "fee-stress", prices: marketPrices, holdings };

const feeRate = 0.015;
scenario.prices.imul(1 - feeRate); // expect: no-alias-mutation
console.log(describe(scenario));

const perAsset = marketPrices.mul(holdings);
console.log("market value per asset:", perAsset.tolist());
console.log("market total:", value(marketPrices, holdings).toFixed(2));
