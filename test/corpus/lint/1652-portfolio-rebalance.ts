// Rebalances a portfolio toward target weights under a turnover cap, simulates a period of returns and reports trades and drift.
import { array, zeros, NDArray } from "ndalias";

function normalizeInPlace(w: NDArray): void {
  const total = w.sum();
  if (total === 0) {
    return;
  }
  w.idiv(total);
}

function applyReturns(holdings: NDArray, returns: NDArray): void {
  holdings.imul(returns.add(1));
}

function rebalance(
  holdings: NDArray,
  prices: NDArray,
  target: NDArray,
  cap: number,
  lot: number,
): { trades: NDArray; turnover: number; skipped: number[] } {
  const values = holdings.mul(prices);
  const nav = values.sum();
  const skipped: number[] = [];
  if (nav <= 0) {
    return { trades: zeros(holdings.size), turnover: 0, skipped };
  }
  const current = values.div(nav);

  const desired = target;
  desired.idiv(desired.sum()); // expect: no-alias-mutation

  let trades = desired.sub(current);
  trades.imul(nav);
  let turnover = 0;
  for (let i = 0; i < trades.size; i++) {
    turnover += Math.abs(trades.get(i));
  }
  turnover /= 2 * nav;
  if (turnover > cap) {
    trades = trades.mul(cap / turnover);
    turnover = cap;
  }

  const shares = trades.div(prices);
  for (let i = 0; i < shares.size; i++) {
    const lots = Math.trunc(shares.get(i) / lot);
    if (lots === 0) {
      skipped.push(i);
      shares.set(i, 0);
      continue;
    }
    shares.set(i, lots * lot);
  }
  return { trades: shares, turnover, skipped };
}

function drift(holdings: NDArray, prices: NDArray, returns: NDArray): number {
  const before = holdings.mul(prices).sum();
  if (before === 0) {
    return 1;
  }
  holdings.imul(returns.add(1)); // expect: no-alias-mutation
  return holdings.mul(prices).sum() / before;
}

function weightsOf(holdings: NDArray, prices: NDArray): NDArray {
  const w = holdings.mul(prices);
  normalizeInPlace(w);
  return w;
}

const prices = array([101.2, 48.5, 12.75, 250.0]);
const holdings = array([30, 120, 400, 10]);
const target = array([3, 3, 2, 2]);
const periodReturns = array([0.02, -0.01, 0.05, 0.0]);

console.log("weights before:", weightsOf(holdings, prices).tolist());
const plan = rebalance(holdings, prices, target, 0.1, 5);
console.log("trade shares:", plan.trades.tolist(), "turnover:", plan.turnover.toFixed(4), "skipped:", plan.skipped);

const after = holdings.add(plan.trades);
const simulated = after.copy();
applyReturns(simulated, periodReturns);
console.log("simulated holdings value:", simulated.mul(prices).sum().toFixed(2));

const growth = drift(after, prices, periodReturns);
console.log("growth factor:", growth.toFixed(4), "holdings after the period:", after.tolist());
console.log("target used:", target.tolist());
