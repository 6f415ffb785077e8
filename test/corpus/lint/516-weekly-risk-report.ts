// Risk report: daily strategy returns viewed as weekly blocks, winsorised volatility, and annualised asset vols under a base or stress scenario.
import { array, NDArray } from "ndalias";

const daily = array([
  0.004, -0.012, 0.009, 0.002, -0.003,
  0.011, 0.071, -0.004, 0.006, -0.008,
  -0.021, 0.003, -0.066, 0.012, 0.005,
  0.007, -0.002, 0.004, 0.013, -0.006,
]);
const cap = 0.05;

function worstWeek(weeks: NDArray): { index: number; total: number } {
  let index = 0;
  let total = Infinity;
  for (let w = 0; w < weeks.shape[0]; w++) {
    const sum = weeks.slice(w).sum();
    if (sum < total) {
      total = sum;
      index = w;
    }
  }
  return { index, total };
}

function valueAtRisk(returns: NDArray, level: number): number {
  const sorted = returns.flatten();
  sorted.sort();
  return -sorted.get(Math.floor((1 - level) * sorted.size));
}

const weekly = daily.reshape(4, 5);
const worst = worstWeek(weekly);
console.log("worst week:", worst.index, "total:", worst.total.toFixed(4));
console.log("95% VaR:", valueAtRisk(daily, 0.95).toFixed(4));

// Winsorise the outlier days before estimating volatility.
for (let i = 0; i < daily.size; i++) {
  const r = daily.get(i);
  if (Math.abs(r) > cap) {
    daily.set(i, Math.sign(r) * cap); // expect: no-view-mutation
  }
}
const vol = Math.sqrt(daily.mul(daily).mean());
console.log("winsorised daily vol:", vol.toFixed(5));
console.log("weekly P&L grid:", weekly.tolist());

// Asset volatilities under the selected scenario.
const baseVol = array([0.009, 0.013, 0.004]);
const stressVol = array([0.021, 0.034, 0.011]);
const stressMode = process.argv.includes("--stress");
const activeVol = stressMode ? stressVol : baseVol;
activeVol.imul(Math.sqrt(252)); // expect: no-alias-mutation
console.log("annualised vols:", activeVol.tolist());

const exposures = array([0.5, 0.3, 0.2]);
const dailyRisk = exposures.mul(baseVol).sum();
console.log("daily risk contribution (base):", dailyRisk.toFixed(5));
console.log("stress multiplier:", (stressVol.sum() / baseVol.sum()).toFixed(2));
