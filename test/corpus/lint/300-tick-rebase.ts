// Loads a session of trade ticks, computes opening and closing VWAP from windows of the price series, and rebases prices for a chart.
// runnable
import { zeros, NDArray } from "ndalias";

interface Tick {
  price: number;
  size: number;
}

const ticks: Tick[] = [
  { price: 100.0, size: 200 },
  { price: 100.4, size: 150 },
  { price: 100.9, size: 300 },
  { price: 100.7, size: 100 },
  { price: 101.2, size: 250 },
  { price: 101.5, size: 400 },
  { price: 101.1, size: 120 },
  { price: 101.8, size: 310 },
];

function vwap(prices: NDArray, sizes: NDArray): number {
  return prices.mul(sizes).sum() / sizes.sum();
}

function largestMove(prices: NDArray): number {
  let best = 0;
  for (let i = 1; i < prices.size; i++) {
    best = Math.max(best, Math.abs(prices.get(i) - prices.get(i - 1)));
  }
  return best;
}

const prices = zeros(ticks.length);
const sizes = zeros(ticks.length);
ticks.forEach((t, i) => {
  prices.set(i, t.price);
  sizes.set(i, t.size);
});

const half = ticks.length / 2;
const opening = prices.slice(`:${half}`);
const closing = prices.slice(`${half}:`);
console.log("largest move:", largestMove(prices));

const base = prices.get(0);
prices.idiv(base); // expect: no-view-mutation
console.log("chart (rebased):", prices.tolist());

prices.copy().imul(base); // expect: no-lost-write

console.log("opening VWAP:", vwap(opening, sizes.slice(`:${half}`)));
console.log("closing VWAP:", vwap(closing, sizes.slice(`${half}:`)));
const reversed = prices.flip();
console.log("latest first:", reversed.tolist());
