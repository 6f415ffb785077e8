// Monthly rebalance of a four-ETF portfolio: drifted weights against last month's snapshot, a risk-scaled target renormalised in place, and a rounded trade list.
import { array, NDArray } from "ndalias";

const tickers = ["SPY", "TLT", "GLD", "VNQ"];
const target = array([0.4, 0.3, 0.2, 0.1]);
let shares = array([120, 260, 75, 140]);
const prices = array([512.4, 92.8, 218.1, 84.6]);

/** Scales a weight vector so that it sums to one; writes into its argument on purpose. */
function renormalise(w: NDArray): void {
  const total = w.sum();
  if (total <= 0) throw new RangeError(`weights sum to ${total}`);
  w.idiv(total);
}

function currentWeights(qty: NDArray, px: NDArray): NDArray {
  const value = qty.mul(px);
  value.idiv(value.sum());
  return value;
}

function tradeList(current: NDArray, goal: NDArray, nav: number, px: NDArray): NDArray {
  const trades = goal.sub(current);
  trades.imul(nav);
  trades.idiv(px);
  return trades;
}

function nav(qty: NDArray, px: NDArray): number {
  return qty.mul(px).sum();
}

function show(label: string, w: NDArray, digits = 1, scale = 100): void {
  const cells = tickers.map((t, i) => `${t} ${(w.get(i) * scale).toFixed(digits)}`);
  console.log(label.padEnd(14), cells.join(" | "));
}

// --- where the portfolio stands ----------------------------------------------------------------
const weights = currentWeights(shares, prices);
const lastMonth = weights.copy();
show("last month", lastMonth);

// A month of price drift, applied to the live weight vector.
const monthRelatives = array([1.021, 0.987, 1.046, 0.972]);
weights.imul(monthRelatives);
renormalise(weights);
show("drifted", weights);

const drift = weights.sub(lastMonth);
show("drift (pp)", drift, 2);

// --- risk-scaled target ----------------------------------------------------------------------------
const riskScale = array([0.9, 1.1, 1.0, 0.8]);
let working: NDArray = target;
working = working.mul(riskScale);
if (working.get(3) < 0.09) {
  working.set(3, 0);
}
renormalise(working);
show("target", target);
show("risk target", working);

// --- trades ------------------------------------------------------------------------------------------
const portfolioValue = nav(shares, prices);
const trades = tradeList(weights, working, portfolioValue, prices);
for (let i = 0; i < trades.size; i++) {
  trades.set(i, Math.round(trades.get(i)));
}
show("trades (sh)", trades, 0, 1);

const previousShares = shares;
console.log("shares before:", previousShares.tolist());
shares = shares.add(trades);
console.log("shares after: ", shares.tolist());

const after = currentWeights(shares, prices);
show("post-trade", after);
console.log("NAV before:", portfolioValue.toFixed(2), "NAV after:", nav(shares, prices).toFixed(2));
console.log("residual cash:", (portfolioValue - nav(shares, prices)).toFixed(2));

// --- distance to the strategic target after trading ----------------------------------------------
const gap = after.sub(target);
let squared = 0;
for (let i = 0; i < gap.size; i++) {
  squared += gap.get(i) * gap.get(i);
}
console.log("distance to strategic target:", Math.sqrt(squared).toFixed(4));
