// Scenario VaR sweep: shocks a desk's daily returns per named scenario, tallies weighted losses and prints a tail-risk report.
// runnable
import { array, NDArray } from "ndalias";

const returns = array([0.012, -0.034, 0.007, -0.051, 0.021, -0.018, 0.004, -0.027]);
const weights = array([0.2, 0.15, 0.1, 0.05, 0.2, 0.1, 0.1, 0.1]);
const scenarios = ["baseline", "crash", "rally", "illiquid", "stagflation"];
const confidence = 0.95;
const lossCap = 0.25;

const losses: number[] = [];
const worst = new Map<string, number>();
let skipped = 0;
let capped = 0;

for (const name of scenarios) {
  let shocked: NDArray;
  switch (name) {
    case "baseline":
      shocked = returns.copy();
      break;
    case "crash":
      shocked = returns.mul(2.5);
      break;
    case "rally":
      shocked = returns.add(0.015);
      break;
    case "illiquid":
      if (returns.min() > -0.1) {
        skipped++;
        continue;
      }
      shocked = returns.mul(1.2);
      break;
    default:
      shocked = returns;
  }
  if (name === "stagflation" || name === "rates-up") {
    shocked.isub(0.01); // expect: no-alias-mutation
  }
  let loss = -shocked.mul(weights).sum();
  if (loss > lossCap) {
    loss = lossCap;
    capped++;
  }
  losses.push(loss);
  worst.set(name, shocked.min());
}

losses.sort((a, b) => a - b);
const varIdx = Math.min(losses.length - 1, Math.floor(confidence * losses.length));
const valueAtRisk = losses[varIdx];

const ranked = returns.copy();
ranked.sort();
const cutoff: number = ranked.get(Math.floor(0.25 * ranked.size));

const tailIdx: number[] = [];
for (let i = 0; i < returns.size; i++) {
  const r: number = returns.get(i);
  if (r > cutoff) continue;
  tailIdx.push(i);
}

const tailWeights = weights.take(tailIdx);
tailWeights.imul(0.5); // expect: no-lost-write

const tailReturns = returns.take(tailIdx);
tailReturns.imul(-1);
const expectedShortfall = tailReturns.mean();

let concentration = 0;
try {
  const w2 = weights.mul(weights);
  concentration = w2.sum();
  if (!Number.isFinite(concentration)) throw new Error("bad weights");
} catch (err) {
  concentration = Number.NaN;
  console.error("concentration failed:", err);
} finally {
  console.log("weights checked:", weights.size);
}

let worstName = "";
let worstValue = Infinity;
for (const [name, value] of worst) {
  if (value < worstValue) {
    worstValue = value;
    worstName = name;
  }
}

const grade =
  valueAtRisk > 0.05 && expectedShortfall > 0.03
    ? "red"
    : valueAtRisk > 0.02 || concentration > 0.2
      ? "amber"
      : "green";

console.log("scenarios run:", losses.length, "skipped:", skipped, "capped:", capped);
console.log("VaR:", valueAtRisk.toFixed(4), "ES:", expectedShortfall.toFixed(4), "grade:", grade);
console.log("worst scenario:", worstName, worstValue.toFixed(4));
console.log("daily returns:", returns.tolist());
console.log("mean return:", returns.mean().toFixed(5), "weights:", weights.tolist());
