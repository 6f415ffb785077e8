// Notebook port: rebalances a toy portfolio — position values, target weights, a crash scenario and whole-lot share counts.
import { array, zeros, NDArray } from "ndalias";

// %% [1] holdings
const tickers = ["AAA", "BBB", "CCC", "DDD"];
const prices = array([150.0, 2800.0, 300.0, 45.0]);
const shares = array([10, 2, 8, 40]);
let value = prices.mul(shares);
console.log("position values:", value.tolist(), "total:", value.sum());

// %% [2] current and target weights
const weights = value.div(value.sum());
const state = { target: array([0.25, 0.25, 0.25, 0.25]), current: weights };
const { target, current } = state;
console.log("current weights:", current.tolist());
console.log("target weights:", target.tolist());

// %% [3] drift from target, as a percentage (arithmetic result, then read)
const drift = current.sub(target);
drift.imul(100);
for (let i = 0; i < tickers.length; i++) {
  console.log(`  ${tickers[i]} drift: ${drift.get(i).toFixed(2)}%`);
}

// %% [4] scenarios: base case and a 30% crash in BBB
const scenarios = { base: prices, crash: prices };
scenarios.crash.set(1, 0.7 * prices.get(1)); // expect: no-alias-mutation
const crashValue = scenarios.crash.mul(shares);
const baseValue = scenarios.base.mul(shares);
console.log("crash total:", crashValue.sum().toFixed(0), "base total:", baseValue.sum().toFixed(0));
console.log("loss in the crash:", (baseValue.sum() - crashValue.sum()).toFixed(0));

// %% [5] the scenario grid done right: one copy per scenario
const grid = zeros([3, 4]);
const shocks = [1.0, 0.9, 0.7];
for (let s = 0; s < shocks.length; s++) {
  const shocked = prices.copy();
  shocked.set(1, shocks[s] * shocked.get(1));
  grid.slice(s).iadd(shocked.mul(shares));
}
console.log("scenario grid:", grid.tolist());

// %% [6] rebalancing trade: target value per position / price
value = prices.mul(shares);
const total = value.sum();
const targetValue = target.mul(total);
let tradeShares = targetValue.div(prices);
tradeShares = tradeShares.sub(shares);
console.log("shares to trade:", tradeShares.tolist());

// %% [7] round the new holdings down to whole lots of 5
const newShares = shares.add(tradeShares);
const lots = shares.copy();
for (let i = 0; i < newShares.size; i++) {
  lots.set(i, Math.max(0, Math.floor(newShares.get(i) / 5) * 5)); // expect: no-lost-write
}
console.log("new holdings in lots:", shares.tolist());

// %% [8] cash left over after the rebalance, on fresh arrays
function cashLeft(p: NDArray, oldShares: NDArray, wholeShares: NDArray): number {
  const sold = oldShares.sub(wholeShares).mul(p);
  return sold.sum();
}
const wholeShares = newShares.copy();
for (let i = 0; i < wholeShares.size; i++) {
  wholeShares.set(i, Math.max(0, Math.floor(wholeShares.get(i))));
}
console.log("whole shares:", wholeShares.tolist());
console.log("cash left:", cashLeft(prices, shares, wholeShares).toFixed(2));

// %% [9] risk contributions with made-up volatilities
const vol = array([0.25, 0.4, 0.3, 0.2]);
let risk = weights.mul(vol);
risk = risk.div(risk.sum());
console.log("risk contributions:", risk.tolist());
console.log("largest contributor:", tickers[argmax(risk)]);

function argmax(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) if (x.get(i) > x.get(best)) best = i;
  return best;
}
