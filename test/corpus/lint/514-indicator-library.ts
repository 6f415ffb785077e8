// Indicator library for the backtester: momentum, EMA, log returns, Bollinger band width and a per-symbol indicator cache.
import { array, zeros, NDArray } from "ndalias";

export function momentum(closes: NDArray, lag: number): NDArray {
  const n = closes.size;
  return closes.slice(`${lag}:`).sub(closes.slice(`:${n - lag}`));
}

export function ema(closes: NDArray, alpha: number): NDArray {
  const out = zeros(closes.size);
  out.set(0, closes.get(0));
  for (let i = 1; i < closes.size; i++) {
    out.set(i, alpha * closes.get(i) + (1 - alpha) * out.get(i - 1));
  }
  return out;
}

export function logReturns(closes: NDArray): NDArray {
  const n = closes.size;
  const ratio = closes.slice("1:").div(closes.slice(`:${n - 1}`));
  for (let i = 0; i < ratio.size; i++) {
    ratio.set(i, Math.log(ratio.get(i)));
  }
  return ratio;
}

export function bandWidth(closes: NDArray, period: number): number {
  const recent = closes.slice(`-${period}:`);
  const mid = recent.mean();
  recent.isub(mid); // expect: no-view-mutation
  const sd = Math.sqrt(recent.mul(recent).mean());
  return (4 * sd) / mid;
}

export function rebaseToFirst(closes: NDArray): NDArray {
  closes.idiv(closes.get(0)); // expect: no-alias-mutation
  return closes;
}

export function clipSpikes(closes: NDArray, maxJump: number): void {
  for (let i = 1; i < closes.size; i++) {
    const prev = closes.get(i - 1);
    const jump = closes.get(i) / prev - 1;
    if (Math.abs(jump) > maxJump) closes.set(i, prev * (1 + Math.sign(jump) * maxJump));
  }
}

export class IndicatorCache {
  private readonly entries = new Map<string, NDArray>();

  emaFor(symbol: string, closes: NDArray, alpha: number): NDArray {
    const key = `${symbol}:${alpha}`;
    let cached = this.entries.get(key);
    if (!cached) {
      cached = ema(closes, alpha);
      this.entries.set(key, cached);
    }
    return cached;
  }

  size(): number {
    return this.entries.size;
  }
}

const closes = array([50.2, 50.8, 51.5, 50.9, 52.3, 53.1, 52.7, 54.0, 53.6, 55.2]);
clipSpikes(closes, 0.05);

const cache = new IndicatorCache();
const fast = cache.emaFor("XYZ", closes, 0.5);
const slow = cache.emaFor("XYZ", closes, 0.2);
console.log("ema cross:", fast.get(fast.size - 1) > slow.get(slow.size - 1) ? "bullish" : "bearish");
console.log("momentum(3):", momentum(closes, 3).tolist());
console.log("log returns:", logReturns(closes).tolist());
console.log("band width:", bandWidth(closes, 5).toFixed(4));
console.log("rebased:", rebaseToFirst(closes).tolist());
console.log("cache entries:", cache.size());
