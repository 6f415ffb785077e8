// Streaming indicator engine: a fixed-length price buffer kept in a class, an indicator cache that hands out copies, and an RSI computed on fresh gain/loss vectors.
import { array, zeros, NDArray } from "ndalias";

class PriceBuffer {
  private readonly buf: NDArray;
  private count = 0;

  constructor(length: number) {
    this.buf = zeros(length);
  }

  // Appends a price, shifting older prices left, and returns the mean of the filled part.
  push(price: number): number {
    const n = this.buf.size;
    for (let i = 0; i + 1 < n; i++) {
      this.buf.set(i, this.buf.get(i + 1));
    }
    this.buf.set(n - 1, price);
    this.count = Math.min(this.count + 1, n);
    const filled = this.buf.slice(`${n - this.count}:`);
    return filled.mean();
  }

  window(): NDArray {
    return this.buf.slice(`${this.buf.size - this.count}:`).copy();
  }

  reset(): void {
    this.buf.fill(0);
    this.count = 0;
  }
}

class IndicatorCache {
  private readonly entries = new Map<string, NDArray>();

  put(key: string, values: NDArray): void {
    this.entries.set(key, values.copy());
  }

  get(key: string): NDArray {
    const stored = this.entries.get(key);
    if (!stored) throw new Error(`no cached indicator "${key}"`);
    return stored.copy();
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}

function rsi(prices: NDArray, k: number): number {
  const diffs = prices.slice("1:").sub(prices.slice(":-1"));
  const gains = diffs.copy();
  const losses = diffs.copy();
  for (let i = 0; i < diffs.size; i++) {
    if (gains.get(i) < 0) gains.set(i, 0);
    if (losses.get(i) > 0) losses.set(i, 0);
  }
  losses.imul(-1);
  const avgGain = gains.slice(`-${k}:`).mean();
  const avgLoss = losses.slice(`-${k}:`).mean();
  if (avgLoss === 0) return 100;
  return 100 - 100 / (1 + avgGain / avgLoss);
}

function momentum(prices: NDArray, lag: number): NDArray {
  const mom = prices.slice(`${lag}:`).div(prices.slice(`:-${lag}`));
  mom.isub(1);
  return mom;
}

// --- stream a day of ticks -----------------------------------------------------------------------
const ticks = array([100.2, 100.6, 100.1, 101.3, 101.9, 101.4, 102.2, 102.8, 102.5, 103.4, 103.1, 104.0]);
const buffer = new PriceBuffer(8);
const runningMeans = zeros(ticks.size);
for (let i = 0; i < ticks.size; i++) {
  runningMeans.set(i, buffer.push(ticks.get(i)));
}
console.log("running means:", (runningMeans.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));

// --- indicators on the current window --------------------------------------------------------------
const win = buffer.window();
const cache = new IndicatorCache();
cache.put("window", win);
cache.put("momentum", momentum(win, 2));
console.log("RSI(6):", rsi(win, 6).toFixed(1));

// A scenario on a cached copy: shock the momentum series by 50%.
const shocked = cache.get("momentum");
shocked.imul(1.5);
console.log("shocked momentum:", (shocked.tolist() as number[]).map((v) => Number(v).toFixed(4)).join(" "));
console.log("cached momentum: ", (cache.get("momentum").tolist() as number[]).map((v) => Number(v).toFixed(4)).join(" "));

// Rescale the window copy to basis points over its first price for the chart.
win.idiv(win.get(0));
win.isub(1);
win.imul(10_000);
console.log("window (bp):", (win.tolist() as number[]).map((v) => Number(v).toFixed(1)).join(" "));
console.log("cached window first:", cache.get("window").get(0));

// --- end of session ---------------------------------------------------------------------------------
buffer.reset();
console.log("after reset, next mean:", buffer.push(104.5).toFixed(2), "keys:", cache.keys().join(","));
