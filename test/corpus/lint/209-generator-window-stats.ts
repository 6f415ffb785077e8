// Sliding-window analysis of a price series: one generator yields window views that are only read, another yields detrended copies, and helpers compute a window median and rebase the series.
// runnable
import { array, NDArray } from "ndalias";

function* windows(series: NDArray, width: number): Generator<NDArray> {
  for (let start = 0; start + width <= series.size; start++) {
    yield series.slice(`${start}:${start + width}`);
  }
}

function* detrended(series: NDArray, width: number): Generator<[number, NDArray]> {
  let start = 0;
  for (const win of windows(series, width)) {
    const d = win.copy();
    d.isub(d.mean());
    yield [start++, d];
  }
}

function windowMedian(series: NDArray, start: number, width: number): number {
  const win = series.slice(`${start}:${start + width}`);
  win.sort(); // expect: no-view-mutation
  return win.get(Math.floor(width / 2));
}

function rebase(series: NDArray): void {
  series = series.div(series.get(0));
  series.imul(100); // expect: no-lost-write
}

const prices = array([101, 103, 102, 108, 107, 111, 104, 109]);

let best = -Infinity;
for (const w of windows(prices, 3)) best = Math.max(best, w.mean());
console.log("best 3-day mean:", best.toFixed(2));

let spikeDay = -1;
scan: for (const [start, d] of detrended(prices, 3)) {
  for (let k = 0; k < d.size; k++) {
    if (Math.abs(d.get(k)) > 3) {
      spikeDay = start + k;
      break scan;
    }
  }
}
console.log("first spike day:", spikeDay);

console.log("median of days 2-6:", windowMedian(prices, 2, 5));
rebase(prices);
console.log("prices:", prices.tolist());
console.log("last window mean:", [...windows(prices, 4)].pop()?.mean());
