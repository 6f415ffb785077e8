// Rolling mean, volatility and z-score of a daily close series for a dashboard, with a tail-deviation gauge, a rebased week chart and a price report.
// runnable
import { array, zeros, NDArray } from "ndalias";

const closes = array([
  101.2, 102.5, 101.9, 103.4, 104.1, 103.8, 105.6, 106.2, 105.1, 107.3, 108.0, 107.4,
]);
const WINDOW = 4;

function rollingMean(series: NDArray, k: number): NDArray {
  const out = zeros(series.size - k + 1);
  for (let i = 0; i + k <= series.size; i++) {
    const win = series.slice(`${i}:${i + k}`);
    out.set(i, win.mean());
  }
  return out;
}

function rollingStd(series: NDArray, k: number): NDArray {
  const out = zeros(series.size - k + 1);
  for (let i = 0; i + k <= series.size; i++) {
    const win = series.slice(`${i}:${i + k}`);
    const dev = win.sub(win.mean());
    out.set(i, Math.sqrt(dev.mul(dev).sum() / (k - 1)));
  }
  return out;
}

function rollingZ(series: NDArray, k: number): NDArray {
  const mu = rollingMean(series, k);
  const sd = rollingStd(series, k);
  const aligned = series.slice(`${k - 1}:`);
  const z = aligned.sub(mu);
  z.idiv(sd);
  return z;
}

// Largest absolute deviation of the last k closes from their own mean.
function tailDeviation(series: NDArray, k: number): number {
  const tail = series.slice(`-${k}:`);
  tail.isub(tail.mean()); // expect: no-view-mutation
  return Math.max(tail.max(), -tail.min());
}

function crossoverSignal(series: NDArray, means: NDArray, k: number): NDArray {
  const signal = zeros(means.size);
  for (let i = 0; i < means.size; i++) {
    const px = series.get(i + k - 1);
    if (px > means.get(i)) {
      signal.set(i, 1);
    } else if (px < means.get(i)) {
      signal.set(i, -1);
    }
  }
  return signal;
}

function fmt(values: NDArray, digits = 3): string {
  return (values.tolist() as number[])
    .map((v) => Number(v).toFixed(digits))
    .join(" ");
}

// --- indicators -------------------------------------------------------------
const means = rollingMean(closes, WINDOW);
const vols = rollingStd(closes, WINDOW);
const zs = rollingZ(closes, WINDOW);

console.log("rolling mean:", fmt(means, 2));
console.log("rolling std: ", fmt(vols));
console.log("z-score:     ", fmt(zs));

const signal = crossoverSignal(closes, means, WINDOW);
// Suppress the first two signals while the window warms up.
signal.slice(":2").fill(0);
console.log("signal:      ", fmt(signal, 0));

// Keep a standalone copy of the most recent three closes, scaled to the first of them.
const recent = closes.slice("-3:").copy();
recent.idiv(recent.get(0));
console.log("recent relative:", fmt(recent, 4));

// --- gauges -------------------------------------------------------------------
const deviation = tailDeviation(closes, WINDOW);
console.log("tail deviation gauge:", deviation.toFixed(3));

let extremes = 0;
for (let i = 0; i < zs.size; i++) {
  if (Math.abs(zs.get(i)) > 1.2) extremes++;
}
console.log("extreme z readings:", extremes);

// --- weekly chart: rebase the last five closes to 1.0 ---------------------------
const lastWeek = closes.slice("-5:");
const weekOpen = lastWeek.get(0);
lastWeek.idiv(weekOpen); // expect: no-view-mutation
console.log("rebased week:", fmt(lastWeek, 4));

// --- price report ------------------------------------------------------------------
const lastClose = closes.get(closes.size - 1);
const firstClose = closes.get(0);
console.log("last close:", lastClose.toFixed(2));
console.log("period return (%):", ((lastClose / firstClose - 1) * 100).toFixed(2));
console.log("all closes:", fmt(closes, 2));
