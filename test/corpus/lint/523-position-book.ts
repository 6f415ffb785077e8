// Position book that tracks quantities, average cost and mark-to-market P&L in its own fields, plus a module-level daily P&L history.
import { array, zeros, NDArray } from "ndalias";

const PNL_HISTORY = zeros(5);
let day = 0;

class PositionBook {
  qty: NDArray;
  avgCost: NDArray;
  unrealized: NDArray;

  constructor(readonly symbols: string[]) {
    this.qty = zeros(symbols.length);
    this.avgCost = zeros(symbols.length);
    this.unrealized = zeros(symbols.length);
  }

  fill(i: number, shares: number, price: number): number {
    const oldQty = this.qty.get(i);
    const newQty = oldQty + shares;
    if (newQty !== 0 && Math.sign(shares) === Math.sign(newQty)) {
      this.avgCost.set(i, (this.avgCost.get(i) * oldQty + price * shares) / newQty);
    }
    this.qty.set(i, newQty);
    return newQty;
  }

  markToMarket(prices: NDArray): number {
    this.unrealized.assign(":", prices.sub(this.avgCost).mul(this.qty));
    return this.unrealized.sum();
  }

  scaleDown(factor: number): NDArray {
    this.qty.imul(factor);
    return this.qty.copy();
  }
}

function recordDay(pnl: number): number {
  PNL_HISTORY.set(day % PNL_HISTORY.size, pnl);
  day++;
  return PNL_HISTORY.sum();
}

function newSession(): void {
  PNL_HISTORY.fill(0);
  day = 0;
}

const book = new PositionBook(["AAPL", "MSFT", "NVDA"]);
book.fill(0, 100, 190);
book.fill(1, 50, 410);
book.fill(2, 20, 880);
book.fill(0, 50, 193);

const closesByDay = [array([192, 412, 875]), array([195, 409, 901]), array([191, 415, 920])];
for (const closes of closesByDay) {
  console.log("cumulative P&L:", recordDay(book.markToMarket(closes)).toFixed(2));
}

const reduced = book.scaleDown(0.5);
const cashBuffer = zeros(3);
const marginBuffer = zeros(3);
cashBuffer.fill(1000);
marginBuffer.iadd(cashBuffer.mul(0.25));

console.log("reduced qty:", reduced.tolist(), "book qty:", book.qty.tolist());
console.log("avg cost:", book.avgCost.tolist(), "history:", PNL_HISTORY.tolist());
console.log("cash:", cashBuffer.sum(), "margin:", marginBuffer.sum());
newSession();
console.log("new session history:", PNL_HISTORY.tolist());
