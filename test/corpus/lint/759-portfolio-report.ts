// Portfolio report: daily returns per asset, a EUR view of the latest prices for display, and a drift rebalance.
// runnable
import { array, zeros, NDArray } from "ndalias";

const assets = ["equity", "bonds", "gold"];
const usdToEur = 0.92;

// days x assets, prices in USD
const prices = array([
  [100, 50, 20],
  [102, 49.5, 20.4],
  [101, 49.8, 20.9],
  [104, 49.2, 21.3],
  [107, 49.0, 21.1],
  [106, 49.6, 21.8],
]);

const targetWeights = array([0.6, 0.3, 0.1]);

function dailyReturns(p: NDArray): NDArray {
  const [days, count] = p.shape;
  const out = zeros([days - 1, count]);
  for (let d = 1; d < days; d++) {
    for (let a = 0; a < count; a++) {
      out.set([d - 1, a], p.get(d, a) / p.get(d - 1, a) - 1);
    }
  }
  return out;
}

function columnMeans(m: NDArray): NDArray {
  const [rows, cols] = m.shape;
  const means = zeros(cols);
  for (let c = 0; c < cols; c++) {
    let acc = 0;
    for (let r = 0; r < rows; r++) acc += m.get(r, c);
    means.set(c, acc / rows);
  }
  return means;
}

function volatility(m: NDArray): NDArray {
  const mu = columnMeans(m);
  const [rows, cols] = m.shape;
  const vol = zeros(cols);
  for (let c = 0; c < cols; c++) {
    let acc = 0;
    for (let r = 0; r < rows; r++) acc += (m.get(r, c) - mu.get(c)) ** 2;
    vol.set(c, Math.sqrt(acc / Math.max(rows - 1, 1)));
  }
  return vol;
}

function maxDrawdown(p: NDArray, column: number): number {
  let peak = -Infinity;
  let worst = 0;
  for (let d = 0; d < p.shape[0]; d++) {
    const value = p.get(d, column);
    peak = Math.max(peak, value);
    worst = Math.min(worst, value / peak - 1);
  }
  return worst;
}

function formatRow(values: NDArray, digits: number): string {
  return (values.tolist() as number[]).map((v, i) => `${assets[i]}=${v.toFixed(digits)}`).join(" ");
}

function drift(weights: NDArray, growth: NDArray): NDArray {
  const grown = weights.mul(growth);
  grown.idiv(grown.sum());
  return grown;
}

const latest = prices.slice(-1);
console.log("latest prices (USD):", formatRow(latest, 2));

const firstDay = prices.slice(0).copy();
firstDay.imul(usdToEur);
console.log("first day (EUR):", formatRow(firstDay, 2));

// Show the last three sessions in EUR for the client summary.
const recent = prices.slice("-3:");
recent.imul(usdToEur); // expect: no-view-mutation
console.log("recent sessions (EUR):", recent.tolist());

const returns = dailyReturns(prices);
const meanReturns = columnMeans(returns);
const vols = volatility(returns);
console.log("mean daily return:", formatRow(meanReturns, 4));
console.log("daily volatility:", formatRow(vols, 4));

const growth = prices.slice(-1).div(prices.slice(0));
const current = drift(targetWeights, growth);
console.log("drifted weights:", formatRow(current, 3));

const trades = targetWeights.sub(current);
trades.imul(1_000_000);
console.log("trades to rebalance (USD):", formatRow(trades, 0));

const capped = targetWeights.copy();
capped.slice("0:2").imul(0.95);
capped.set(2, 1 - capped.slice("0:2").sum());
console.log("capped targets:", formatRow(capped, 3), "original targets:", formatRow(targetWeights, 3));

const sharpe = meanReturns.div(vols);
sharpe.imul(Math.sqrt(252));
console.log("annualised Sharpe:", formatRow(sharpe, 2));

const drawdowns = zeros(assets.length);
for (let a = 0; a < assets.length; a++) {
  drawdowns.set(a, maxDrawdown(prices, a));
}
console.log("max drawdown:", formatRow(drawdowns, 4));
