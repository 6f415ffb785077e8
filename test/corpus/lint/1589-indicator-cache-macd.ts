// Technical indicator cache for one instrument: SMA and EMAs kept in a cache object, a MACD line and its signal, Bollinger bands with a stress gauge.
import { array, zeros, NDArray } from "ndalias";

const close = array([
  44.3, 44.1, 44.8, 45.2, 45.9, 46.1, 45.6, 46.4, 46.9, 47.3, 46.8, 47.9, 48.4, 48.1, 48.9, 49.6,
]);

function sma(series: NDArray, k: number): NDArray {
  const out = zeros(series.size);
  for (let i = 0; i < series.size; i++) {
    const start = Math.max(0, i - k + 1);
    out.set(i, series.slice(`${start}:${i + 1}`).mean());
  }
  return out;
}

function ema(series: NDArray, alpha: number): NDArray {
  const out = zeros(series.size);
  out.set(0, series.get(0));
  for (let i = 1; i < series.size; i++) {
    out.set(i, alpha * series.get(i) + (1 - alpha) * out.get(i - 1));
  }
  return out;
}

function rollingStd(series: NDArray, k: number): NDArray {
  const out = zeros(series.size);
  for (let i = 0; i < series.size; i++) {
    const win = series.slice(`${Math.max(0, i - k + 1)}:${i + 1}`);
    const dev = win.sub(win.mean());
    out.set(i, Math.sqrt(dev.mul(dev).mean()));
  }
  return out;
}

class BollingerBands {
  readonly mid: NDArray;
  readonly upper: NDArray;
  readonly lower: NDArray;

  constructor(series: NDArray, k: number, width: number) {
    this.mid = sma(series, k);
    const sd = rollingStd(series, k);
    this.upper = this.mid.add(sd.mul(width));
    this.lower = this.mid.sub(sd.mul(width));
  }

  bandwidth(): NDArray {
    const bw = this.upper.sub(this.lower);
    bw.idiv(this.mid);
    return bw;
  }

  // Upper band of the last three sessions under a volatility shock of factor k.
  stressedUpper(k: number): number {
    const recent = this.upper.slice("-3:");
    recent.imul(k); // expect: no-view-mutation
    return recent.max();
  }

  breaches(series: NDArray): number {
    let count = 0;
    for (let i = 0; i < series.size; i++) {
      const px = series.get(i);
      if (px > this.upper.get(i) || px < this.lower.get(i)) count++;
    }
    return count;
  }
}

const cache = {
  sma: sma(close, 5),
  emaFast: ema(close, 0.4),
  emaSlow: ema(close, 0.15),
};

// --- price relative to its moving average (fresh array) ------------------------------
const priceVsSma = close.sub(cache.sma);
priceVsSma.idiv(cache.sma);
priceVsSma.imul(100);
console.log("close vs SMA (%):", (priceVsSma.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));

// --- MACD ------------------------------------------------------------------------------------
const macdLine = cache.emaFast;
macdLine.isub(cache.emaSlow); // expect: no-alias-mutation
const signalLine = ema(macdLine, 0.2);
const histogram = macdLine.sub(signalLine);

let crossings = 0;
for (let i = 1; i < histogram.size; i++) {
  if (Math.sign(histogram.get(i)) !== Math.sign(histogram.get(i - 1))) crossings++;
}
console.log("MACD last:", macdLine.get(macdLine.size - 1).toFixed(4), "signal crossings:", crossings);

// --- Bollinger -----------------------------------------------------------------------------
const bands = new BollingerBands(close, 5, 2);
const bw = bands.bandwidth();
console.log("bandwidth last:", bw.get(bw.size - 1).toFixed(4), "mean:", bw.mean().toFixed(4));
console.log("stressed upper band:", bands.stressedUpper(1.1).toFixed(2));
console.log("band breaches:", bands.breaches(close));
console.log("upper band:", (bands.upper.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));

// --- indicator report from the cache ---------------------------------------------------
console.log("SMA(5) last:", cache.sma.get(cache.sma.size - 1).toFixed(2));
console.log("fast EMA last:", cache.emaFast.get(cache.emaFast.size - 1).toFixed(2));
console.log("slow EMA last:", cache.emaSlow.get(cache.emaSlow.size - 1).toFixed(2));
const trendUp = cache.emaFast.get(cache.emaFast.size - 1) > cache.emaSlow.get(cache.emaSlow.size - 1);
console.log("trend:", trendUp ? "up" : "down");
