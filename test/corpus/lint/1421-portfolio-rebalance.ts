// Portfolio helpers as an object module: weights from holdings, drift against a target, and a partial rebalance step.
import { array, zeros, NDArray } from "ndalias";

const Portfolio = {
  tickers: ["VTI", "VXUS", "BND", "GLD"],

  valueOf: (holdings: NDArray, prices: NDArray) => holdings.mul(prices).sum(),

  weightsOf: (holdings: NDArray, prices: NDArray) => {
    const value = holdings.mul(prices);
    value.idiv(value.sum());
    return value;
  },

  drift: (weights: NDArray, target: NDArray) => {
    const gap = weights.sub(target);
    let worst = 0;
    for (let i = 0; i < gap.size; i++) {
      if (Math.abs(gap.get(i)) > Math.abs(gap.get(worst))) worst = i;
    }
    return { gap, worst };
  },

  // moves the weights a fraction of the way to the target and reports the new total
  rebalance: (weights: NDArray, target: NDArray, rate: number) => {
    const step = target.sub(weights);
    step.imul(rate);
    weights.iadd(step); // expect: no-alias-mutation
    return weights.sum();
  },

  normalizeInPlace: (weights: NDArray): void => {
    const total = weights.sum();
    if (total > 0) weights.idiv(total);
  },

  describe: (weights: NDArray) =>
    Portfolio.tickers
      .map((t, i) => `${t}=${(weights.get(i) * 100).toFixed(1)}%`)
      .join(" "),
};

export default Portfolio;

const account = {
  holdings: array([120, 80, 200, 15]),
  prices: array([250.1, 58.3, 72.4, 190.0]),
  target: array([0.45, 0.2, 0.3, 0.05]),
};

const current = Portfolio.weightsOf(account.holdings, account.prices);
console.log("current:", Portfolio.describe(current));

const { gap, worst } = Portfolio.drift(current, account.target);
console.log(`largest drift: ${Portfolio.tickers[worst]} ${(gap.get(worst) * 100).toFixed(2)}pp`);

const proposal = current.copy();
const total = Portfolio.rebalance(proposal, account.target, 0.5);
console.log("proposal:", Portfolio.describe(proposal), "sum", total.toFixed(4));

// a what-if scenario: tilt towards bonds and renormalise
const scenarios = (() => {
  const { target } = account;
  const bondTilt = target;
  bondTilt.set(2, bondTilt.get(2) + 0.1); // expect: no-alias-mutation
  Portfolio.normalizeInPlace(bondTilt);
  return { bondTilt };
})();
console.log("bond tilt:", Portfolio.describe(scenarios.bondTilt));
console.log("target:", Portfolio.describe(account.target));

const trades = (() => {
  const out = zeros(account.holdings.size);
  const value = Portfolio.valueOf(account.holdings, account.prices);
  for (let i = 0; i < out.size; i++) {
    const want = (proposal.get(i) * value) / account.prices.get(i);
    out.set(i, Math.round(want - account.holdings.get(i)));
  }
  return out;
})();
console.log("trades:", trades.tolist());

const settle = (holdings: NDArray, delta: NDArray): void => {
  holdings.iadd(delta);
};
settle(account.holdings, trades);
console.log("holdings after trades:", account.holdings.tolist());
console.log("value after trades:", Portfolio.valueOf(account.holdings, account.prices).toFixed(2));
