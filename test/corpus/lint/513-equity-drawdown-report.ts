// Equity-curve report: running peak and drawdown, a rebased curve for the chart, and a leverage cap applied before the risk summary.
// runnable
import { array } from "ndalias";

const equity = array([100, 104, 101, 97, 103, 108, 102, 110, 107, 112]);
const leverage = array([1.2, 1.5, 2.8, 3.1, 1.9, 1.1, 2.6, 1.4, 1.0, 1.3]);
const maxLeverage = 2.5;

// Running peak: a private copy that is filled in and then used.
const peak = equity.copy();
for (let i = 1; i < peak.size; i++) {
  peak.set(i, Math.max(peak.get(i - 1), peak.get(i)));
}
const drawdown = equity.sub(peak).div(peak);
console.log("max drawdown:", (drawdown.min() * 100).toFixed(2), "%");

// Rebase the curve to 100 for the chart.
const rebased = equity.div(equity.get(0));
rebased.imul(100); // expect: no-lost-write

// Cap the leverage series at the risk limit.
const breaches: number[] = [];
for (let i = 0; i < leverage.size; i++) {
  if (leverage.get(i) > maxLeverage) breaches.push(i);
}
if (breaches.length > 0) {
  leverage.take(breaches).fill(maxLeverage); // expect: no-lost-write
}

const returns = equity.slice("1:").div(equity.slice(":-1")).sub(1);
const meanRet = returns.mean();
const dev = returns.sub(meanRet);
const vol = Math.sqrt(dev.mul(dev).mean());

console.log("breach days:", breaches.join(", "));
console.log("peak leverage:", leverage.max(), "mean leverage:", leverage.mean().toFixed(3));
console.log("mean return:", (meanRet * 100).toFixed(3), "% vol:", (vol * 100).toFixed(3), "%");
console.log("sharpe (per bar):", (meanRet / vol).toFixed(3));
const totalReturn = equity.get(equity.size - 1) / equity.get(0) - 1;
const calmar = drawdown.min() < 0 ? totalReturn / -drawdown.min() : Infinity;
console.log("total return:", (totalReturn * 100).toFixed(2), "% calmar:", calmar.toFixed(2));
console.log("final equity:", equity.get(equity.size - 1), "peak:", peak.max());
