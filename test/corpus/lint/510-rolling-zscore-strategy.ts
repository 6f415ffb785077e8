// Mean-reversion backtest: a strategy scores each bar against a rolling window of closes, then a report detrends the last bars and computes P&L.
// runnable
import { zeros, NDArray } from "ndalias";

interface Bar {
  t: number;
  close: number;
}

class MeanReversion {
  private closes: NDArray;
  private count = 0;
  readonly signals: number[] = [];

  constructor(capacity: number, private readonly lookback: number) {
    this.closes = zeros(capacity);
  }

  onBar(bar: Bar): void {
    this.closes.set(this.count, bar.close);
    this.count++;
    if (this.count < this.lookback) {
      this.signals.push(0);
      return;
    }
    const window = this.closes.slice(`${this.count - this.lookback}:${this.count}`);
    const mu = window.mean();
    const dev = window.sub(mu);
    const sd = Math.sqrt(dev.mul(dev).mean()) || 1;
    const z = (bar.close - mu) / sd;
    this.signals.push(z > 1 ? -1 : z < -1 ? 1 : 0);
  }

  history(): NDArray {
    return this.closes.slice(`:${this.count}`);
  }
}

function computePnl(prices: NDArray, signals: number[]): number {
  let pnl = 0;
  for (let t = 1; t < prices.size; t++) {
    pnl += signals[t - 1] * (prices.get(t) - prices.get(t - 1));
  }
  return pnl;
}

function hitRate(prices: NDArray, signals: number[]): number {
  let trades = 0;
  let wins = 0;
  for (let t = 1; t < prices.size; t++) {
    if (signals[t - 1] === 0) continue;
    trades++;
    if (signals[t - 1] * (prices.get(t) - prices.get(t - 1)) > 0) wins++;
  }
  return trades === 0 ? 0 : wins / trades;
}

const strategy = new MeanReversion(32, 4);
const closes = [100, 101, 99, 102, 104, 103, 98, 97, 101, 105, 103, 100];
closes.forEach((close, t) => strategy.onBar({ t, close }));

const hist = strategy.history();
console.log("bars:", hist.size, "last close:", hist.get(hist.size - 1));

// Detrend the last few bars for the chart panel.
const recent = hist.slice("-4:");
recent.isub(recent.mean()); // expect: no-view-mutation
console.log("detrended recent closes:", recent.tolist());

console.log("P&L:", computePnl(hist, strategy.signals).toFixed(2));
console.log("hit rate:", hitRate(hist, strategy.signals).toFixed(2));
