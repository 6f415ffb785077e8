// Limit order book with price/size ladders: the UI layer haircuts the top-of-book view it receives, a cancel helper picks a side by condition, and sorting works on a throwaway copy.
import { array, zeros, NDArray } from "ndalias";

class OrderBook {
  private bids: NDArray; // [level, (price, size)], best first
  private asks: NDArray;
  private tradeLog: number[] = [];

  constructor(levels: number) {
    this.bids = zeros([levels, 2]);
    this.asks = zeros([levels, 2]);
  }

  load(bids: number[][], asks: number[][]): void {
    this.bids = array(bids);
    this.asks = array(asks);
  }

  topOfBook(depth: number): NDArray {
    return this.bids.slice(`0:${depth}`);
  }

  spread(): number {
    return this.asks.get(0, 0) - this.bids.get(0, 0);
  }

  depthValue(): number {
    const bidValue = this.bids.slice(":", 0).mul(this.bids.slice(":", 1)).sum();
    const askValue = this.asks.slice(":", 0).mul(this.asks.slice(":", 1)).sum();
    return bidValue + askValue;
  }

  cancelAll(side: "bid" | "ask"): number {
    const ladder = side === "bid" ? this.bids : this.asks;
    ladder.fill(0); // expect: no-alias-mutation
    return this.depthValue();
  }

  sortAsks(): void {
    this.asks.copy().sort(0); // expect: no-lost-write
  }

  fill(qty: number): number {
    const size = this.asks.get(0, 1);
    const traded = Math.min(size, qty);
    this.asks.set([0, 1], size - traded);
    this.tradeLog.push(traded);
    return traded;
  }
}

const book = new OrderBook(3);
book.load(
  [[100.0, 5], [99.5, 8], [99.0, 12]],
  [[100.5, 4], [101.0, 6], [101.5, 9]],
);

const top = book.topOfBook(2);
top.imul(0.999); // expect: no-view-mutation
console.log("displayed top:", top.tolist(), "spread:", book.spread().toFixed(3));

console.log("filled:", book.fill(3), "depth value:", book.depthValue().toFixed(1));
book.sortAsks();
console.log("after cancel:", book.cancelAll("ask"));
