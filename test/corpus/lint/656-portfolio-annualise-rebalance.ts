// Annualises the covariance of asset returns, reports per-asset volatility, stresses a copy of history and rebalances holdings to target.
import { array, zeros, NDArray } from "ndalias";

function sampleCov(returns: NDArray): NDArray {
  const [days, assets] = returns.shape;
  const means = zeros(assets);
  for (let a = 0; a < assets; a++) means.set(a, returns.slice(":", a).mean());
  const cov = zeros([assets, assets]);
  for (let i = 0; i < assets; i++) {
    for (let j = 0; j < assets; j++) {
      let s = 0;
      for (let d = 0; d < days; d++) {
        s += (returns.get(d, i) - means.get(i)) * (returns.get(d, j) - means.get(j));
      }
      cov.set([i, j], s / (days - 1));
    }
  }
  return cov;
}

function rebalanceInPlace(holdings: NDArray, target: NDArray): void {
  const total = holdings.sum();
  holdings.assign(":", target.mul(total));
}

const daily = array([
  [0.010, -0.003, 0.001],
  [-0.006, 0.008, 0.002],
  [0.004, 0.010, -0.002],
  [0.012, -0.007, 0.003],
  [-0.009, 0.002, 0.001],
  [0.006, 0.004, -0.001],
]);

const cov = sampleCov(daily);
const dailyVariance = cov.diagonal();
for (let a = 0; a < dailyVariance.size; a++) {
  console.log(`asset ${a} daily vol: ${Math.sqrt(dailyVariance.get(a)).toFixed(5)}`);
}

cov.imul(252);
const annualVariance = cov.diagonal();
for (let a = 0; a < annualVariance.size; a++) {
  console.log(`asset ${a} annual vol: ${Math.sqrt(annualVariance.get(a)).toFixed(4)}`);
}

const shocked = daily.copy();
shocked.slice("-2:").imul(3);
const stressedCov = sampleCov(shocked);
console.log("stressed annual variance of asset 0:", (stressedCov.get(0, 0) * 252).toFixed(5));

const target = array([0.5, 0.3, 0.2]);
const holdings = array([5200, 2500, 2300]);
const drift = holdings.div(holdings.sum()).sub(target);
console.log("drift from target:", drift.tolist());

const preTrade = holdings.copy();
rebalanceInPlace(holdings, target);
const trades = holdings.sub(preTrade);
console.log("trades:", trades.tolist());
console.log("holdings after rebalance:", holdings.tolist(), "value", holdings.sum());
