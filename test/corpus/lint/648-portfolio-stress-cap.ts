// Portfolio risk report: sample covariance of daily returns, volatility of a weight vector, a stressed scenario and a position cap.
import { array, zeros, NDArray } from "ndalias";

export function covariance(returns: NDArray): NDArray {
  const [days, assets] = returns.shape;
  const centered = returns.copy();
  for (let a = 0; a < assets; a++) {
    const mean = centered.slice(":", a).mean();
    centered.slice(":", a).isub(mean);
  }
  const cov = zeros([assets, assets]);
  for (let i = 0; i < assets; i++) {
    for (let j = 0; j < assets; j++) {
      const s = centered.slice(":", i).mul(centered.slice(":", j)).sum();
      cov.set([i, j], s / (days - 1));
    }
  }
  return cov;
}

export function volatility(cov: NDArray, w: NDArray): number {
  let v = 0;
  for (let i = 0; i < w.size; i++) {
    for (let j = 0; j < w.size; j++) v += w.get(i) * w.get(j) * cov.get(i, j);
  }
  return Math.sqrt(v);
}

export function stressedVolatility(returns: NDArray, w: NDArray, shock: number): number {
  const lastWeek = returns.slice("-5:");
  lastWeek.imul(1 + shock); // expect: no-view-mutation
  return volatility(covariance(returns), w);
}

const dailyReturns = array([
  [0.012, -0.004, 0.002],
  [-0.008, 0.006, 0.001],
  [0.004, 0.011, -0.003],
  [0.015, -0.009, 0.004],
  [-0.011, 0.003, 0.002],
  [0.007, 0.002, -0.001],
  [-0.002, -0.007, 0.003],
  [0.009, 0.005, 0.000],
]);

const rawWeights = array([5, 3, 2]);
const weights = rawWeights.div(rawWeights.sum());
const cov = covariance(dailyReturns);

console.log("weights:", weights.tolist());
console.log("daily volatility:", volatility(cov, weights).toFixed(5));
console.log("stressed volatility:", stressedVolatility(dailyReturns, weights, 0.5).toFixed(5));

const capped = weights.copy();
for (let i = 0; i < weights.size; i++) {
  if (weights.get(i) > 0.4) capped.set(i, 0.4); // expect: no-lost-write
}
console.log("capped-book volatility:", volatility(cov, weights).toFixed(5));
