// Converts a table of daily asset prices to euros and rebalances holdings, comparing against baseline statistics saved beforehand.
import { array, zeros, NDArray } from "ndalias";

const ASSETS = ["equity", "bonds", "gold"] as const;

// rows are days, columns are assets, prices in dollars
const prices = array([
  [101.2, 98.4, 1810.0],
  [102.5, 98.1, 1822.5],
  [100.9, 98.9, 1835.1],
  [103.8, 99.2, 1829.4],
  [104.6, 99.0, 1841.7],
]);
const holdings = array([12, 40, 1.5]);

function columnMeans(table: NDArray): NDArray {
  const [days, cols] = table.shape;
  const means = zeros(cols);
  for (let c = 0; c < cols; c++) {
    let acc = 0;
    for (let d = 0; d < days; d++) acc += table.get(d, c);
    means.set(c, acc / days);
  }
  return means;
}

function dailyReturns(table: NDArray): NDArray {
  const today = table.slice("1:");
  const yesterday = table.slice(":-1");
  return today.sub(yesterday).div(yesterday);
}

function portfolioValue(table: NDArray, units: NDArray): NDArray {
  const [days, cols] = table.shape;
  const value = zeros(days);
  for (let d = 0; d < days; d++) {
    let acc = 0;
    for (let c = 0; c < cols; c++) acc += table.get(d, c) * units.get(c);
    value.set(d, acc);
  }
  return value;
}

// baseline statistics are copies taken before the prices are converted
const baseline: Record<string, NDArray> = {
  mean: columnMeans(prices),
  lastClose: prices.slice(-1).copy(),
  firstClose: prices.slice(0).copy(),
  units: holdings.copy(),
};

const usdPerEur = 1.085;
prices.idiv(usdPerEur);

// rebalance towards equal value per asset at the last close
const lastClose = prices.slice(-1);
const totalValue = portfolioValue(prices, holdings).get(prices.shape[0] - 1);
const target = totalValue / ASSETS.length;
for (let c = 0; c < ASSETS.length; c++) {
  holdings.set(c, target / lastClose.get(c));
}

console.log("baseline (USD):");
for (const [name, stat] of Object.entries(baseline)) {
  console.log(`  ${name}:`, (stat.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
}
const baselineTotals = Object.values(baseline).map((stat) => stat.sum());
console.log("baseline sums:", baselineTotals.map((s) => s.toFixed(1)).join(", "));

console.log("converted means (EUR):", columnMeans(prices).tolist());
console.log("rebalanced holdings:", holdings.tolist());

const returns = dailyReturns(prices);
const worstDay = returns.min();
console.log("worst single-asset daily return:", (worstDay * 100).toFixed(2), "%");

// value paths for old and new holdings, compared day by day
const before = portfolioValue(prices, baseline.units);
const after = portfolioValue(prices, holdings);
const diff = after.sub(before);
diff.idiv(before);
ASSETS.forEach((asset, c) => {
  const drift = (lastClose.get(c) * usdPerEur) / baseline.lastClose.get(c) - 1;
  console.log(`${asset}: currency round-trip drift ${drift.toExponential(1)}`);
});
console.log("relative value difference by day:", (diff.tolist() as number[]).map((v) => v.toFixed(4)));
