// Limit order book for one instrument: a factory exposes quote, fill and snapshot closures over the bid and ask ladders.
// runnable
import { array, NDArray } from "ndalias";

interface Book {
  quote(): { bid: number; ask: number };
  topDepth(levels: number): number;
  fill(side: "bid" | "ask", qty: number): number;
  halt(): void;
  depth(): NDArray;
}

function createBook(bidSizes: number[], askSizes: number[]): Book {
  const bids = array(bidSizes);
  const asks = array(askSizes);
  const bidPx = array(bidSizes.map((_, i) => 100 - i * 0.5));
  const askPx = array(askSizes.map((_, i) => 100.5 + i * 0.5));

  function consume(ladder: NDArray, qty: number, result: { filled: number }): void {
    let left = qty;
    for (let i = 0; i < ladder.size && left > 0; i++) {
      const take = Math.min(left, ladder.get(i));
      ladder.set(i, ladder.get(i) - take);
      left -= take;
    }
    result.filled = qty - left;
  }

  return {
    quote() {
      return { bid: bidPx.get(0), ask: askPx.get(0) };
    },

    topDepth(levels) {
      const top = bids.slice(`0:${levels}`);
      const before = top.sum();
      // re-rank the ladder by resting size before matching the next sweep
      bids.sort(); // expect: no-view-mutation
      const after = top.sum();
      return after - before;
    },

    fill(side, qty) {
      const ladder = side === "bid" ? bids.copy() : asks.copy();
      const result = { filled: 0 };
      consume(ladder, qty, result);
      if (side === "bid") bids.assign(":", ladder);
      else asks.assign(":", ladder);
      return result.filled;
    },

    halt() {
      // trading halt: pull every resting order from both ladders
      const resting = bids.astype("int32");
      resting.fill(0); // expect: no-lost-write
      asks.fill(0);
    },

    depth() {
      const out = array([bids.sum(), asks.sum()]);
      return out;
    },
  };
}

function printBook(label: string, book: Book): void {
  const q = book.quote();
  const d = book.depth();
  console.log(`${label}: ${q.bid.toFixed(1)} / ${q.ask.toFixed(1)}  depth bid=${d.get(0)} ask=${d.get(1)}`);
}

export function tradingDay(): number {
  const book = createBook([5, 12, 3, 8], [7, 2, 9, 4]);
  printBook("open", book);

  const filledBid = book.fill("bid", 9);
  const filledAsk = book.fill("ask", 4);
  console.log("filled:", filledBid, filledAsk);
  printBook("after fills", book);

  const shift = book.topDepth(2);
  console.log("top-2 depth change after re-rank:", shift);

  book.halt();
  printBook("halted", book);
  return filledBid + filledAsk;
}

console.log("traded volume:", tradingDay());
