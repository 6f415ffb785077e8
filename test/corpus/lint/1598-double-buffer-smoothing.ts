// Smooths a noisy intraday price path by repeated diffusion with two swapped buffers, fits a Holt level/trend filter, and prints rebased and demeaned views.
// runnable
import { array, zeros, NDArray } from "ndalias";

const path = array([
  100.0, 100.9, 99.8, 101.4, 100.7, 102.3, 101.1, 102.9, 103.6, 102.4, 104.1, 103.3, 105.0, 104.2,
]);

// Explicit heat-equation smoothing; the end points are held fixed.
function diffuse(series: NDArray, iterations: number, lambda: number): NDArray {
  const last = series.size - 1;
  let cur = series.copy();
  let nxt = zeros(series.size);
  for (let it = 0; it < iterations; it++) {
    nxt.set(0, cur.get(0));
    nxt.set(last, cur.get(last));
    for (let i = 1; i < last; i++) {
      const lap = cur.get(i - 1) - 2 * cur.get(i) + cur.get(i + 1);
      nxt.set(i, cur.get(i) + lambda * lap);
    }
    [cur, nxt] = [nxt, cur];
  }
  return cur;
}

// Holt's linear exponential smoothing: returns the one-step-ahead fitted values.
function holt(series: NDArray, alpha: number, beta: number): NDArray {
  const n = series.size;
  const level = zeros(n);
  const trend = zeros(n);
  level.set(0, series.get(0));
  trend.set(0, series.get(1) - series.get(0));
  for (let t = 1; t < n; t++) {
    const forecast = level.get(t - 1) + trend.get(t - 1);
    level.set(t, alpha * series.get(t) + (1 - alpha) * forecast);
    trend.set(t, beta * (level.get(t) - level.get(t - 1)) + (1 - beta) * trend.get(t - 1));
  }
  return level.add(trend);
}

function roughness(series: NDArray): number {
  let total = 0;
  for (let i = 1; i + 1 < series.size; i++) {
    const second = series.get(i - 1) - 2 * series.get(i) + series.get(i + 1);
    total += second * second;
  }
  return Math.sqrt(total / (series.size - 2));
}

function fmt(a: NDArray, digits = 2): string {
  return (a.tolist() as number[])
    .map((v) => Number(v).toFixed(digits))
    .join(" ");
}

// --- smoothing ---------------------------------------------------------------------------------
const smooth5 = diffuse(path, 5, 0.25);
const smooth20 = diffuse(path, 20, 0.25);
console.log("raw roughness:      ", roughness(path).toFixed(4));
console.log("5-step roughness:   ", roughness(smooth5).toFixed(4));
console.log("20-step roughness:  ", roughness(smooth20).toFixed(4));
console.log("smoothed (20):", fmt(smooth20));

// --- Holt filter -------------------------------------------------------------------------------------
const fitted = holt(path, 0.5, 0.3);
const residuals = path.sub(fitted);
console.log("holt fitted:", fmt(fitted));
console.log("residual std:", Math.sqrt(residuals.mul(residuals).mean()).toFixed(4));

// --- rebased copy for the chart --------------------------------------------------------------------
const rebased = smooth20.copy();
rebased.idiv(rebased.get(0));
rebased.imul(100);
console.log("rebased to 100:", fmt(rebased));

// --- demeaned working series: rebinding leaves the raw path intact -------------------------------------
let work: NDArray = path;
work = work.sub(work.mean());
work.imul(1 / Math.max(work.max(), -work.min()));
console.log("scaled deviations:", fmt(work, 3));

// --- ping-pong buffers at module level for a running max/min envelope --------------------------------
let upper = path.copy();
let spare = zeros(path.size);
for (let pass = 0; pass < 2; pass++) {
  for (let i = 0; i < upper.size; i++) {
    const lo = Math.max(0, i - 1);
    const hi = Math.min(upper.size - 1, i + 1);
    spare.set(i, Math.max(upper.get(lo), upper.get(i), upper.get(hi)));
  }
  [upper, spare] = [spare, upper];
}
console.log("upper envelope:", fmt(upper));
console.log("raw path:      ", fmt(path));
console.log("envelope gap:", upper.sub(path).mean().toFixed(3));
