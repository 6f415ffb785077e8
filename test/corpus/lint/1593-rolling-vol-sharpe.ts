// Rolling realised volatility and Sharpe ratio over windows of a daily return series, a regime mask, a chart copy in percent and robust full-sample statistics.
import { array, zeros, full, NDArray } from "ndalias";

const returns = array([
  0.0042, -0.0031, 0.0065, 0.0012, -0.0088, 0.0104, 0.0027, -0.0015, 0.0391, -0.0046,
  0.0033, 0.0071, -0.0124, 0.0018, 0.0056, -0.0402, 0.0089, 0.0021, -0.0037, 0.0048,
]);
const WINDOW = 5;
const ANNUAL = Math.sqrt(252);

function windowStd(win: NDArray): number {
  const d = win.sub(win.mean());
  return Math.sqrt(d.mul(d).sum() / (win.size - 1));
}

function rollingVol(r: NDArray, k: number): NDArray {
  const vol = full(r.size, NaN);
  for (let end = k; end <= r.size; end++) {
    const win = r.slice(`${end - k}:${end}`);
    vol.set(end - 1, windowStd(win) * ANNUAL);
  }
  return vol;
}

function rollingSharpe(r: NDArray, k: number): NDArray {
  const out = full(r.size, NaN);
  for (let end = k; end <= r.size; end++) {
    const win = r.slice(`${end - k}:${end}`);
    const sd = windowStd(win);
    out.set(end - 1, sd > 0 ? (win.mean() / sd) * ANNUAL : 0);
  }
  return out;
}

function toPercent(series: NDArray): NDArray {
  const pct = series.copy();
  pct.imul(100);
  return pct;
}

/** Replaces NaN warm-up entries with zero for plotting; writes the given vector on purpose. */
function fillWarmup(series: NDArray): void {
  for (let i = 0; i < series.size; i++) {
    if (Number.isNaN(series.get(i))) series.set(i, 0);
  }
}

function fmt(a: NDArray, digits = 2): string {
  return (a.tolist() as number[])
    .map((v) => (Number.isNaN(Number(v)) ? "  -  " : Number(v).toFixed(digits)))
    .join(" ");
}

// --- rolling statistics -------------------------------------------------------------------
const vol = rollingVol(returns, WINDOW);
const sharpe = rollingSharpe(returns, WINDOW);
console.log("rolling vol:   ", fmt(vol, 3));
console.log("rolling sharpe:", fmt(sharpe, 2));

// --- chart series in percent, warm-up blanked ------------------------------------------------
const volChart = toPercent(vol);
fillWarmup(volChart);
console.log("vol chart (%): ", fmt(volChart, 1));

// --- regime mask: high-vol regime once the window is warm --------------------------------------
const regime = zeros(returns.size);
regime.slice(`${WINDOW - 1}:`).fill(1);
for (let i = WINDOW - 1; i < returns.size; i++) {
  if (vol.get(i) < 0.15) regime.set(i, 0);
}
console.log("high-vol regime:", fmt(regime, 0));

// --- first and last week ---------------------------------------------------------------------
const firstWeek = returns.slice(":5");
const lastWeek = returns.slice("-5:");
console.log("first week mean:", firstWeek.mean().toExponential(3));
console.log("last week mean: ", lastWeek.mean().toExponential(3));
console.log("week-over-week vol ratio:", (windowStd(lastWeek) / windowStd(firstWeek)).toFixed(3));

// --- robust full-sample statistics: clip tail days in place -------------------------------------
const CLIP = 0.03;
let clipped = 0;
for (let i = 0; i < returns.size; i++) {
  const r = returns.get(i);
  if (Math.abs(r) > CLIP) {
    returns.set(i, Math.sign(r) * CLIP);
    clipped++;
  }
}
console.log("clipped days:", clipped);
console.log("robust annual vol:", (windowStd(returns) * ANNUAL).toFixed(4));

const recent = returns.slice("-3:");
console.log("last three (clipped):", fmt(recent, 4));
console.log("robust mean:", returns.mean().toExponential(3));
