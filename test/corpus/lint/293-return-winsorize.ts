// Cleans a daily return series: winsorises the extreme days at a cap, reports rolling volatility, median and demeaned percent returns.
// runnable
import { array, NDArray } from "ndalias";

const CAP = 0.05;

function extremeDays(returns: NDArray, cap: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < returns.size; i++) {
    if (Math.abs(returns.get(i)) > cap) idx.push(i);
  }
  return idx;
}

function median(series: NDArray): number {
  const sorted = series.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : 0.5 * (sorted.get(mid - 1) + sorted.get(mid));
}

function rollingVolatility(series: NDArray, window: number): number[] {
  const out: number[] = [];
  for (let end = window; end <= series.size; end++) {
    const win = series.slice(`${end - window}:${end}`);
    const dev = win.sub(win.mean());
    out.push(Math.sqrt(dev.mul(dev).mean()));
  }
  return out;
}

const dailyReturns = array([0.01, -0.002, 0.12, 0.004, -0.09, 0.007, 0.003, -0.011]);
const outliers = extremeDays(dailyReturns, CAP);
const upDays = outliers.filter((i) => dailyReturns.get(i) > 0);
const downDays = outliers.filter((i) => dailyReturns.get(i) < 0);

dailyReturns.take(upDays).fill(CAP); // expect: no-lost-write
const downMoves = dailyReturns.take(downDays);
downMoves.fill(-CAP); // expect: no-lost-write

const pct = dailyReturns.mul(100);
pct.isub(pct.mean());
console.log("demeaned percent returns:", pct.tolist());
console.log("3-day volatility:", rollingVolatility(dailyReturns, 3));
console.log("median:", median(dailyReturns), "max:", dailyReturns.max(), "min:", dailyReturns.min());
