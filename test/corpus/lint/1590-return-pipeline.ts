// Daily return pipeline for one stock: dividend back-adjustment, simple and log returns, cumulative growth, drawdown and a summary table.
import { array, ones, NDArray } from "ndalias";

const closes = array([52.4, 53.1, 52.8, 54.0, 54.6, 55.2, 54.1, 54.9, 56.3, 55.8, 57.0, 57.6]);
const EX_DIV_INDEX = 6;
const DIVIDEND = 0.85;

function cumulativeGrowth(simple: NDArray): NDArray {
  const growth = simple.add(1);
  for (let i = 1; i < growth.size; i++) {
    growth.set(i, growth.get(i) * growth.get(i - 1));
  }
  return growth;
}

function maxDrawdown(path: NDArray): number {
  let peak = path.get(0);
  let worst = 0;
  for (let i = 1; i < path.size; i++) {
    const v = path.get(i);
    peak = Math.max(peak, v);
    worst = Math.min(worst, v / peak - 1);
  }
  return worst;
}

function annualisedVol(r: NDArray): number {
  const d = r.sub(r.mean());
  return Math.sqrt((d.mul(d).sum() / (r.size - 1)) * 252);
}

function sharpe(r: NDArray, dailyRiskFree: number): number {
  const excess = r.sub(dailyRiskFree);
  const d = excess.sub(excess.mean());
  const sd = Math.sqrt(d.mul(d).sum() / (excess.size - 1));
  return (excess.mean() / sd) * Math.sqrt(252);
}

function row(label: string, value: number, digits = 4): void {
  console.log(`${label.padEnd(22)}${value.toFixed(digits)}`);
}

// --- 1. dividend back-adjustment ------------------------------------------------------------
// Prices before the ex-date are scaled down by the dividend yield on the ex-date.
const factor = 1 - DIVIDEND / closes.get(EX_DIV_INDEX - 1);
const adjustment = ones(closes.size);
adjustment.slice(`:${EX_DIV_INDEX}`).fill(factor);

const adjusted = closes.copy();
adjusted.imul(adjustment); // expect: no-lost-write
console.log("adjustment factor before ex-date:", factor.toFixed(5));

// --- 2. simple returns --------------------------------------------------------------------------
const simple = closes.slice("1:").div(closes.slice(":-1"));
simple.isub(1);
const growth = cumulativeGrowth(simple);
console.log("simple returns:", (simple.tolist() as number[]).map((v) => Number(v).toFixed(4)).join(" "));
console.log("growth of 1:", growth.get(growth.size - 1).toFixed(4));

// --- 3. log returns, computed in place on the price vector -------------------------------------
const logClose = closes;
for (let i = 0; i < logClose.size; i++) {
  logClose.set(i, Math.log(logClose.get(i))); // expect: no-alias-mutation
}
const logRets = logClose.slice("1:").sub(logClose.slice(":-1"));
const totalLog = logRets.sum();
console.log("log returns:", (logRets.tolist() as number[]).map((v) => Number(v).toFixed(4)).join(" "));

// --- 4. summary table -----------------------------------------------------------------------------
console.log("----------------------------------");
row("first close", closes.get(0), 2);
row("last close", closes.get(closes.size - 1), 2);
row("total log return", totalLog);
row("mean simple return", simple.mean());
row("annualised vol", annualisedVol(simple));
row("sharpe (rf 2%)", sharpe(simple, 0.02 / 252), 2);
row("max drawdown", maxDrawdown(closes));
row("best day", simple.max());
row("worst day", simple.min());
console.log("----------------------------------");

const upDays = (simple.tolist() as number[]).filter((v) => v > 0).length;
console.log(`up days: ${upDays} of ${simple.size}`);
