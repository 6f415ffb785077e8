// Backtest engine that marks a fixed basket to market each bar; the report converts equity to returns and closes out positions.
// runnable
import { array, zeros, NDArray } from "ndalias";

class Engine {
  equity: NDArray;
  positions: NDArray;
  private bar = 0;

  constructor(bars: number, assets: number) {
    this.equity = zeros(bars);
    this.positions = zeros(assets);
  }

  allocate(cash: number, prices: NDArray): void {
    for (let i = 0; i < prices.size; i++) {
      this.positions.set(i, Math.floor(cash / prices.size / prices.get(i)));
    }
  }

  onBar(prices: NDArray, cash: number): void {
    this.equity.set(this.bar, cash + this.positions.mul(prices).sum());
    this.bar++;
  }

  barsRun(): number {
    return this.bar;
  }
}

const prices = array([
  [100, 50, 20],
  [101, 49, 21],
  [103, 51, 20.5],
  [102, 52, 21.5],
  [105, 53, 22],
]);

const engine = new Engine(prices.shape[0], prices.shape[1]);
engine.allocate(9000, prices.slice(0));
const invested = engine.positions.mul(prices.slice(0)).sum();
const cash = 9000 - invested;
for (let t = 0; t < prices.shape[0]; t++) {
  engine.onBar(prices.slice(t), cash);
}

// Report: express the equity curve as returns since inception.
const curve = engine.equity;
const start = curve.get(0);
for (let i = 0; i < curve.size; i++) {
  curve.data[curve.offset + i] = (curve.data[curve.offset + i] as number) / start - 1; // expect: no-alias-mutation
}
console.log("returns since inception:", curve.tolist());

// Close out: zero the book at the end of the test.
const closing = engine.positions.copy();
closing.fill(0); // expect: no-lost-write

console.log("bars:", engine.barsRun(), "final equity:", engine.equity.get(engine.barsRun() - 1));
console.log("open positions:", engine.positions.tolist());
