// Limit order book: bid and ask queues held in object-dtype arrays, cross-linked for matching, with a module-level fill ledger.
import { array, empty, zeros, NDArray } from "ndalias";

const FILL_LEDGER = zeros(8);
let ledgerCursor = 0;

export function recordFill(qty: number): number {
  const ledger = FILL_LEDGER;
  ledger.set(ledgerCursor % ledger.size, qty); // expect: no-alias-mutation
  ledgerCursor++;
  return ledger.sum();
}

export function resetLedger(): number {
  FILL_LEDGER.fill(0);
  ledgerCursor = 0;
  return FILL_LEDGER.size;
}

export function makeOrder(price: number, qty: number): NDArray {
  return array([price, qty]);
}

export function buildBook(depth: number): { bids: NDArray; asks: NDArray } {
  const bids = empty(depth + 1, "object");
  const asks = empty(depth + 1, "object");
  for (let i = 0; i < depth; i++) {
    bids.set(i, makeOrder(99.9 - i * 0.1, 100 * (i + 1)));
    asks.set(i, makeOrder(100.1 + i * 0.1, 100 * (i + 1)));
  }
  // the last slot of each side points at the opposite side for the matcher
  bids.set(depth, asks);
  asks.set(depth, bids); // expect: no-reference-cycle
  return { bids, asks };
}

export function bestLevel(side: NDArray): number {
  const top = side.get(0) as NDArray;
  return top.get(0);
}

export function spread(book: { bids: NDArray; asks: NDArray }): number {
  return bestLevel(book.asks) - bestLevel(book.bids);
}

export function matchMarketBuy(book: { bids: NDArray; asks: NDArray }, qty: number, depth: number): number {
  let remaining = qty;
  let cost = 0;
  for (let i = 0; i < depth && remaining > 0; i++) {
    const level = book.asks.get(i) as NDArray;
    const take = Math.min(remaining, level.get(1));
    cost += take * level.get(0);
    remaining -= take;
    recordFill(take);
  }
  return cost / (qty - remaining);
}

const book = buildBook(3);
console.log("spread:", spread(book).toFixed(2));
console.log("avg fill price:", matchMarketBuy(book, 250, 3).toFixed(3));
console.log("ledger total:", FILL_LEDGER.sum(), "entries:", FILL_LEDGER.tolist());
console.log("reset ledger of size", resetLedger());
