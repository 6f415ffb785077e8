// Handles incoming orders against a small limit order book, filling against the top levels or quoting the book back, one branch per order type.
import { array, NDArray } from "ndalias";

type Side = "bid" | "ask";
type Order =
  | { type: "market"; side: Side; qty: number }
  | { type: "quote"; side: Side }
  | { type: "cancel"; side: Side; level: number };

interface Book {
  bidPx: number[];
  bidQty: number[];
  askPx: number[];
  askQty: number[];
}

const DEPTH = 2;

// Fills a market order against the opposite side and returns the filled quantity.
export function fillMarket(book: Book, order: { side: Side; qty: number }): number {
  const sizes = array(order.side === "bid" ? book.askQty : book.bidQty);
  const top = sizes.slice(`:${DEPTH}`);
  const available = top.sum();
  if (available === 0) return 0;
  const filled = Math.min(order.qty, available);
  let remaining = filled;
  for (let level = 0; level < top.size && remaining > 0; level++) {
    const take = Math.min(remaining, top.get(level));
    top.set(level, top.get(level) - take);
    remaining -= take;
  }
  console.log(`  top levels after fill: ${JSON.stringify(top.tolist())}`);
  return filled;
}

// Either shows the visible depth (read only) or trims the top level (write), never both.
export function quoteOrTrim(book: Book, side: Side, trim: boolean): number {
  const sizes = array(side === "bid" ? book.bidQty : book.askQty);
  const best = sizes.slice("0:1");
  if (trim) {
    best.imul(0.5);
    return best.get(0);
  } else {
    return sizes.sum();
  }
}

// Cancels a level on a chosen side; the untouched side is printed only when nothing was cancelled.
export function cancelLevel(book: Book, side: Side, level: number): string {
  const bids = array(book.bidQty);
  const asks = array(book.askQty);
  const target = side === "bid" ? bids : asks;
  if (level < 0 || level >= target.size) {
    return `no level ${level}; bids ${JSON.stringify(bids.tolist())} asks ${JSON.stringify(asks.tolist())}`;
  }
  target.set(level, 0);
  return `${side} level ${level} cancelled -> ${JSON.stringify(target.tolist())}`;
}

export function spread(book: Book): number {
  const bidPx = array(book.bidPx);
  const askPx = array(book.askPx);
  return askPx.min() - bidPx.max();
}

const book: Book = {
  bidPx: [99.5, 99.4, 99.2, 99.0],
  bidQty: [500, 300, 200, 100],
  askPx: [99.7, 99.8, 100.0, 100.1],
  askQty: [250, 400, 150, 600],
};

const orders: Order[] = [
  { type: "quote", side: "bid" },
  { type: "market", side: "bid", qty: 420 },
  { type: "cancel", side: "ask", level: 7 },
  { type: "cancel", side: "bid", level: 1 },
  { type: "quote", side: "ask" },
];

console.log(`spread ${spread(book).toFixed(2)}`);
for (const order of orders) {
  switch (order.type) {
    case "market":
      console.log(`market ${order.side} ${order.qty}: filled ${fillMarket(book, order)}`);
      break;
    case "quote":
      console.log(`quote ${order.side}: depth ${quoteOrTrim(book, order.side, false)}, trimmed best ${quoteOrTrim(book, order.side, true)}`);
      break;
    case "cancel":
      console.log(cancelLevel(book, order.side, order.level));
      break;
  }
}

// The top-of-book snapshot shown on the ticker is a separate array from the working depth.
const depth = array(book.bidQty);
const ticker = depth.slice(":1").copy();
if (ticker.get(0) > 400) {
  ticker.fill(400);
  console.log("ticker (capped):", ticker.tolist());
} else {
  console.log("ticker:", ticker.tolist());
}
console.log("depth:", depth.tolist());
