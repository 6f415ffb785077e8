// Keeps each side of a limit order book as a doubly linked ladder of price levels with resting sizes, and snapshots it into a table.
import { zeros, empty, NDArray } from "ndalias";

enum Side {
  Bid = "bid",
  Ask = "ask",
}

class PriceLevel {
  sizes: NDArray;
  filled = 0;
  prev: PriceLevel | null = null;
  next: PriceLevel | null = null;
  constructor(readonly price: number, capacity: number) {
    this.sizes = zeros(capacity);
  }
  depth(): number {
    return this.sizes.sum();
  }
}

class Ladder {
  head: PriceLevel | null = null;
  tail: PriceLevel | null = null;
  count = 0;
  constructor(readonly side: Side) {}

  append(level: PriceLevel): void {
    const last = this.tail;
    if (last === null) {
      this.head = level;
    } else {
      last.next = level;
      level.prev = last; // expect: no-reference-cycle
    }
    this.tail = level;
    this.count++;
  }

  totalDepth(): number {
    let total = 0;
    for (let lvl = this.head; lvl !== null; lvl = lvl.next) {
      total += lvl.depth();
    }
    return total;
  }
}

function rest(level: PriceLevel, slot: number, size: number): void {
  level.sizes.set(slot, level.sizes.get(slot) + size);
}

export function snapshotTable(ladder: Ladder): NDArray {
  const table = empty(ladder.count + 1, "object");
  const header = empty(2, "object");
  header.set(0, ladder.side);
  header.set(1, table);
  table.set(0, header); // expect: no-reference-cycle
  let row = 1;
  for (let lvl = ladder.head; lvl !== null; lvl = lvl.next) {
    table.set(row, lvl.sizes.copy());
    row++;
  }
  return table;
}

const bids = new Ladder(Side.Bid);
for (const price of [99.5, 99.4, 99.3]) {
  bids.append(new PriceLevel(price, 4));
}
if (bids.head !== null) {
  rest(bids.head, 0, 300);
  rest(bids.head, 1, 150);
}
if (bids.tail !== null) {
  rest(bids.tail, 0, 500);
}

const table = snapshotTable(bids);
console.log("bid depth:", bids.totalDepth(), "levels in snapshot:", table.size - 1);
