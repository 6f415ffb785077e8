// Computes daily log returns and a volatility estimate for a price series, demeaning a scratch copy of the returns.
import { array, NDArray } from "ndalias";

function logReturns(prices: NDArray): NDArray {
  const n = prices.size;
  const out = prices.slice("1:").copy();
  for (let i = 0; i < n - 1; i++) {
    out.set(i, Math.log(prices.get(i + 1) / prices.get(i)));
  }
  return out;
}

function volatility(returns: NDArray): number {
  using centred = returns.sub(returns.mean());
  const squares = centred;
  squares.imul(centred.copy());
  return Math.sqrt(squares.sum() / (returns.size - 1));
}

const closes = array([100, 101.2, 100.7, 102.9, 103.4, 102.1]);
const rets = logReturns(closes);
const vol = volatility(rets);
console.log("annualised vol:", vol * Math.sqrt(252));
console.log("mean return:", rets.mean());
