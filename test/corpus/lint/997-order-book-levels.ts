// Order-book snapshot tools: ranked price levels, tick rounding, fills against resting quantity and a depth summary.
import { array, zeros, NDArray } from "ndalias";

const TICK = 0.05;

export function median(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
}

export function tickRound(prices: NDArray): NDArray {
  const ticks = prices.div(TICK);
  for (let i = 0; i < ticks.size; i++) {
    ticks.set(i, Math.round(ticks.get(i)));
  }
  ticks.imul(TICK);
  return ticks;
}

export function topLevels(prices: NDArray, k: number): NDArray {
  const ranked = prices.copy();
  ranked.sort();
  return ranked.slice(`-${k}:`).flip();
}

/** Removes a filled quantity from the resting book, in place. */
export function applyFill(quantities: NDArray, level: number, filled: number): void {
  const remaining = Math.max(0, quantities.get(level) - filled);
  quantities.set(level, remaining);
}

export function cumulativeDepth(quantities: NDArray): NDArray {
  const depth = zeros(quantities.size);
  let running = 0;
  for (let i = 0; i < quantities.size; i++) {
    running += quantities.get(i);
    depth.set(i, running);
  }
  return depth;
}

// Columns: price, quantity.
const bids = array([
  [99.9, 300],
  [100.02, 120],
  [99.71, 500],
  [99.96, 80],
]);
const askPrices = array([100.11, 100.27, 100.08, 100.4]);

const bidPrices = bids.slice(":", 0);
const bidQty = bids.slice(":", 1);
const bestBid = bidPrices.max();
const bestAsk = askPrices.min();
console.log("best bid / ask:", bestBid, bestAsk, "spread:", (bestAsk - bestBid).toFixed(2));
console.log("median bid:", median(bidPrices).toFixed(3), "median ask:", median(askPrices).toFixed(3));

// A sorted copy for display, taken from the column view; the book keeps its order.
const displayPrices = bidPrices.copy();
displayPrices.sort();
displayPrices.flip().set(0, Math.round(displayPrices.max() * 100) / 100);
console.log("bid ladder (high to low):", displayPrices.flip().tolist());

const rounded = tickRound(askPrices);
const best3 = topLevels(bidPrices, 3);
console.log("asks on the tick grid:", rounded.tolist(), "top 3 bids:", best3.tolist());

// A market sell walks the bids from the best price down.
const order = bidPrices.mul(-1);
order.sort();
let toSell = 450;
const fills = zeros(bids.shape[0]);
for (let k = 0; k < order.size && toSell > 0; k++) {
  const price = -order.get(k);
  for (let level = 0; level < bids.shape[0]; level++) {
    if (bids.get(level, 0) === price) {
      const take = Math.min(toSell, bids.get(level, 1));
      fills.set(level, take);
      toSell -= take;
    }
  }
}

const restingBefore = bidQty.sum();
const qtyColumn = bids.slice(":", 1).copy();
for (let level = 0; level < fills.size; level++) {
  applyFill(qtyColumn, level, fills.get(level));
}
bids.assign(":, 1", qtyColumn);

// Views made after the book was updated.
const depth = cumulativeDepth(bids.slice(":", 1));
const byField = bids.T;
console.log("fills per level:", fills.tolist(), "unfilled:", toSell);
console.log("resting before/after:", restingBefore, byField.slice(1).sum());
console.log("cumulative depth:", depth.tolist());
console.log("book:", bids.tolist());
