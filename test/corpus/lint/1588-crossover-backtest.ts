// Event-driven backtest of an EMA crossover on two assets: a strategy and its position book wired together, daily fills, an order preview and an equity summary.
import { array, zeros, NDArray } from "ndalias";

class PositionBook {
  qty: NDArray;
  equity: NDArray;
  cash: number;
  strategy: Strategy | null = null;

  constructor(nAssets: number, days: number, cash: number) {
    this.qty = zeros(nAssets);
    this.equity = zeros(days);
    this.cash = cash;
  }

  markToMarket(day: number, px: NDArray): number {
    const value = this.cash + this.qty.mul(px).sum();
    this.equity.set(day, value);
    return value;
  }

  fill(orders: NDArray, px: NDArray): void {
    this.qty.iadd(orders);
    this.cash -= orders.mul(px).sum();
  }
}

class Strategy {
  fast: NDArray;
  slow: NDArray;
  book: PositionBook | null = null;
  private started = false;

  constructor(nAssets: number, readonly fastAlpha: number, readonly slowAlpha: number) {
    this.fast = zeros(nAssets);
    this.slow = zeros(nAssets);
  }

  update(px: NDArray): void {
    if (!this.started) {
      this.fast.assign(":", px);
      this.slow.assign(":", px);
      this.started = true;
      return;
    }
    this.fast.imul(1 - this.fastAlpha);
    this.fast.iadd(px.mul(this.fastAlpha));
    this.slow.imul(1 - this.slowAlpha);
    this.slow.iadd(px.mul(this.slowAlpha));
  }

  targetPositions(lot: number): NDArray {
    const target = zeros(this.fast.size);
    for (let i = 0; i < target.size; i++) {
      target.set(i, this.fast.get(i) > this.slow.get(i) ? lot : 0);
    }
    return target;
  }
}

function wire(strategy: Strategy, book: PositionBook): void {
  strategy.book = book;
  book.strategy = strategy; // expect: no-reference-cycle
}

// What would the book be worth at these prices once the orders are filled?
function previewValue(book: PositionBook, orders: NDArray, px: NDArray): number {
  const after = book.qty.copy();
  after.iadd(orders); // expect: no-lost-write
  const cashAfter = book.cash - orders.mul(px).sum();
  return cashAfter + book.qty.mul(px).sum();
}

// --- market data: one row per day, one column per asset -----------------------------
const prices = array([
  [100.0, 50.0],
  [101.5, 49.2],
  [102.8, 48.7],
  [102.1, 49.9],
  [104.0, 51.3],
  [103.2, 52.4],
  [101.9, 53.0],
  [100.7, 52.1],
  [102.4, 51.6],
  [104.9, 52.8],
]);
const days = prices.shape[0];
const LOT = 10;

const strategy = new Strategy(2, 0.5, 0.2);
const book = new PositionBook(2, days, 10_000);
wire(strategy, book);

for (let d = 0; d < days; d++) {
  const px = prices.slice(d);
  strategy.update(px);
  const orders = strategy.targetPositions(LOT).sub(book.qty);
  if (d % 3 === 0) {
    console.log(`day ${d}: preview value ${previewValue(book, orders, px).toFixed(2)}`);
  }
  book.fill(orders, px);
  book.markToMarket(d, px);
}

// --- summary ------------------------------------------------------------------------------
const eq = book.equity;
const dailyRets = eq.slice("1:").div(eq.slice(":-1"));
dailyRets.isub(1);
const meanRet = dailyRets.mean();
const dev = dailyRets.sub(meanRet);
const vol = Math.sqrt(dev.mul(dev).sum() / (dailyRets.size - 1));

console.log("final positions:", book.qty.tolist(), "cash:", book.cash.toFixed(2));
console.log("equity curve:", (eq.tolist() as number[]).map((v) => Number(v).toFixed(1)).join(" "));
console.log("mean daily return:", meanRet.toExponential(3), "daily vol:", vol.toExponential(3));
console.log("max equity:", eq.max().toFixed(2), "min equity:", eq.min().toFixed(2));
