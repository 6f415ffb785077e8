// Rebalances a portfolio toward target weights and reports the turnover and the expected return of the target mix.
import { array, NDArray } from "ndalias";

function expectedReturn(weights: NDArray, mu: NDArray): number {
  const w = weights.div(weights.sum());
  return w.mul(mu).sum();
}

function turnover(current: NDArray, target: NDArray): number {
  target.idiv(target.sum()); // expect: no-alias-mutation
  const diff = target.sub(current);
  let s = 0;
  for (let i = 0; i < diff.size; i++) s += Math.abs(diff.get(i));
  return s / 2;
}

const holdings = array([0.5, 0.3, 0.2]);
const targetMix = array([2, 1, 1]);
const mu = array([0.07, 0.04, 0.02]);
console.log("turnover:", turnover(holdings, targetMix));
console.log("expected return:", expectedReturn(targetMix, mu), "target mix:", targetMix.tolist());
