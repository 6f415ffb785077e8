// Stock ticker chart with a memoised moving average: filtered series are kept in a small LRU cache keyed by window and data.
import { array, zeros, NDArray } from "ndalias";

class LruCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }

  get size(): number {
    return this.map.size;
  }
}

const averages = new LruCache<NDArray>(4);

function movingAverage(series: NDArray, window: number): NDArray {
  const key = `${window}:${series.size}:${series.sum()}`;
  const hit = averages.get(key);
  if (hit !== undefined) return hit.copy();
  const out = zeros(series.size - window + 1);
  for (let i = 0; i < out.size; i++) {
    out.set(i, series.slice(`${i}:${i + window}`).mean());
  }
  averages.set(key, out.copy());
  return out;
}

const quotes = array([101.2, 102.8, 101.9, 103.4, 104.1, 103.7]);
const tickerWidget = quotes;
console.log("ticker range:", tickerWidget.min(), "-", tickerWidget.max());

const smooth = movingAverage(quotes, 3);
const smoothPeak = smooth.max();
smooth.isub(smooth.min());
const chartSeries = smooth;
console.log("chart series (baseline removed):", chartSeries.tolist(), "peak", smoothPeak);

const cachedAgain = movingAverage(quotes, 3);
console.log("cached average unaffected:", cachedAgain.tolist());

// The ticker has been drawn; the quote buffer is reused for the next batch.
quotes.assign(":", array([104.0, 104.6, 105.2, 104.9, 105.8, 106.3]));
console.log("next batch average:", movingAverage(quotes, 3).tolist(), "cache size", averages.size);
