// Risk metrics on a returns history: historical VaR and expected shortfall, a leveraged scenario and a winners sub-basket, all built on private copies.
import { array, NDArray } from "ndalias";

export function historicalVaR(returns: NDArray, level: number): number {
  const sorted = returns.flatten();
  sorted.sort();
  return -sorted.get(Math.round((1 - level) * sorted.size));
}

export function expectedShortfall(returns: NDArray, level: number): number {
  const sorted = returns.copy();
  sorted.sort();
  const cutoff = Math.max(1, Math.round((1 - level) * sorted.size));
  return -sorted.slice(`:${cutoff}`).mean();
}

export function leveragedScenario(returns: NDArray, leverage: number, financingRate: number): NDArray {
  const scenario = returns.mul(leverage);
  scenario.isub((leverage - 1) * financingRate);
  return scenario;
}

export function basketOf(prices: NDArray, members: number[]): NDArray {
  const basket = prices.take(members, 1);
  for (let j = 0; j < basket.shape[1]; j++) {
    basket.slice(":", j).idiv(basket.get(0, j));
  }
  return basket;
}

const returns = array([0.012, -0.021, 0.004, -0.035, 0.018, 0.007, -0.009, 0.026, -0.014, 0.003]);
const prices = array([
  [50, 120, 33],
  [51, 118, 34],
  [53, 121, 33.5],
  [52, 125, 35],
]);

console.log("VaR 90%:", historicalVaR(returns, 0.9).toFixed(4));
console.log("ES 80%:", expectedShortfall(returns, 0.8).toFixed(4));

const levered = leveragedScenario(returns, 2, 0.0002);
console.log("2x scenario worst day:", levered.min().toFixed(4));

const winners = basketOf(prices, [0, 2]);
console.log("winners rebased:", winners.tolist());

const lots = prices.slice(-1).astype("int32");
lots.imul(100);
console.log("last prices in cents:", lots.tolist());

const stressed = returns.take([1, 3, 8]);
stressed.imul(1.5);
console.log("stressed losses:", stressed.tolist(), "sum:", stressed.sum().toFixed(4));
console.log("original returns unchanged:", returns.tolist());
