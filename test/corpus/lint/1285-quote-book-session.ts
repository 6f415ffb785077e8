// Quote-book session script: keeps bid/ask quotes in module-level arrays, merges a live tick, applies the fee schedule and prints a summary.
// runnable
import { array, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const QUOTES = array([
  [101.2, 101.4],
  [101.1, 101.5],
  [101.6, 101.5],
  [101.0, 101.6],
]);
const DEFAULTS = { feeBps: 2.5, precision: 4, venue: "primary" };
const SESSION = { ...DEFAULTS, venue: "late-auction" };

function midPrices(): NDArray {
  const mids = QUOTES.slice(":", 0).add(QUOTES.slice(":", 1));
  mids.idiv(2);
  return mids;
}

function applyFee(prices: NDArray): void {
  prices.imul(1 + SESSION.feeBps / 10000);
}

function spreadStats(): { mean: number; widest: number } {
  const spreads = QUOTES.slice(":", 1).sub(QUOTES.slice(":", 0));
  return { mean: spreads.mean(), widest: spreads.max() };
}

function repairCrossedQuotes(): number {
  const book = QUOTES.copy();
  let repaired = 0;
  for (let i = 0; i < QUOTES.shape[0]; i++) {
    const bid = QUOTES.get(i, 0);
    const ask = QUOTES.get(i, 1);
    if (bid > ask) {
      book.set([i, 0], ask); // expect: no-lost-write
      repaired++;
    }
  }
  return repaired;
}

function roundTo(x: NDArray, digits: number): NDArray {
  const scale = 10 ** digits;
  const out = x.mul(scale);
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.round(out.get(i)));
  }
  return out.div(scale);
}

function weightedMid(sizes: number[]): number {
  const w = array(sizes);
  const mids = midPrices();
  return mids.mul(w).sum() / w.sum();
}

async function fetchTick(): Promise<number[]> {
  await delay(1);
  return [101.3, 101.7];
}

const before = spreadStats();
console.log(`[${SESSION.venue}] mean spread before tick:`, before.mean.toFixed(SESSION.precision));

const tick = await fetchTick();
QUOTES.slice(-1).assign(":", array(tick));

const repairedCount = repairCrossedQuotes();
console.log("crossed quotes repaired:", repairedCount);

const bids = QUOTES.slice(":", 0);
console.log("best bid so far:", bids.max());

const mids = midPrices();
applyFee(mids);
console.log("mid prices incl. fee:", roundTo(mids, SESSION.precision).tolist());

QUOTES.imul(1 - SESSION.feeBps / 10000); // expect: no-view-mutation
console.log("net bids:", roundTo(bids, SESSION.precision).tolist());

const after = spreadStats();
console.log("widest spread after fee:", after.widest.toFixed(SESSION.precision));
console.log("size-weighted mid:", weightedMid([5, 3, 2, 4]).toFixed(SESSION.precision));
