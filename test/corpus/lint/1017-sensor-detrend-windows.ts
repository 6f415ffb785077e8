// Streaming anomaly screening for a pump sensor: warm-up statistics, in-place detrending and z-scoring, then reports over windows taken afterwards.
import { array, zeros, arange, NDArray } from "ndalias";

const WARMUP = 8;
const Z_LIMIT = 2.0;

function linearTrend(y: NDArray): { slope: number; intercept: number } {
  const t = arange(0, y.size);
  const tMean = t.mean();
  const yMean = y.mean();
  const dt = t.sub(tMean);
  const slope = dt.mul(y.sub(yMean)).sum() / dt.mul(dt).sum();
  return { slope, intercept: yMean - slope * tMean };
}

function flagAnomalies(z: NDArray, limit: number): NDArray {
  const flags = zeros(z.size, "uint8");
  for (let i = 0; i < z.size; i++) {
    if (Math.abs(z.get(i)) > limit) flags.set(i, 1);
  }
  return flags;
}

function describe(label: string, x: NDArray): void {
  console.log(`${label}: n=${x.size} mean=${x.mean().toFixed(3)} min=${x.min().toFixed(3)} max=${x.max().toFixed(3)}`);
}

const pressure = array([
  3.02, 3.05, 2.98, 3.07, 3.01, 3.04, 3.09, 3.03,
  3.10, 3.12, 3.08, 3.55, 3.14, 3.17, 3.13, 3.19,
  3.21, 3.16, 2.61, 3.24, 3.27, 3.22, 3.29, 3.31,
]);

// baseline from the warm-up window; the window is only read here
const warmup = pressure.slice(`:${WARMUP}`);
describe("warm-up", warmup);
const baseMean = warmup.mean();
const baseDev = warmup.sub(baseMean);
const baseStd = Math.sqrt(baseDev.mul(baseDev).mean());

// hourly layout for the dashboard, printed before any processing
const byShift = pressure.reshape(3, 8);
console.log("raw readings by shift:", byShift.tolist());

// remove the slow drift and z-score the series in place
const trend = linearTrend(pressure);
const fitted = arange(0, pressure.size).mul(trend.slope);
fitted.iadd(trend.intercept);
pressure.isub(fitted);
pressure.idiv(baseStd);

// windows taken after the in-place processing see the z-scores by design
const recent = pressure.slice("-6:");
const byShiftZ = pressure.reshape(3, 8);
describe("recent z-scores", recent);
for (let s = 0; s < 3; s++) {
  console.log(`shift ${s} peak |z|:`, Math.max(byShiftZ.slice(s).max(), -byShiftZ.slice(s).min()).toFixed(2));
}

const flags = flagAnomalies(pressure, Z_LIMIT);
const flagged: number[] = [];
for (let i = 0; i < flags.size; i++) if (flags.get(i) === 1) flagged.push(i);
console.log("anomalous samples:", flagged);

// a per-sample daily profile, filled into its own buffer
const profile = zeros([3, 8]);
for (let s = 0; s < 3; s++) {
  profile.assign(`${s}`, byShiftZ.slice(s).sub(byShiftZ.slice(s).mean()));
}
console.log("within-shift profile:", (profile.tolist() as number[][]).map((row) => row.map((v) => v.toFixed(1))));

// the hourly grid of the cleaned signal, reshaped from a copy and scaled to percent of the limit
const percentOfLimit = pressure.copy().reshape(3, 8);
percentOfLimit.imul(100 / Z_LIMIT);
console.log("percent of limit, last shift:", percentOfLimit.slice(-1).tolist());

// summary for the maintenance log
const worst = flagged.length ? flagged.reduce((a, b) => (Math.abs(pressure.get(a)) >= Math.abs(pressure.get(b)) ? a : b)) : -1;
console.log(`baseline ${baseMean.toFixed(3)} +/- ${baseStd.toFixed(3)} bar, drift ${trend.slope.toFixed(4)} bar/sample`);
console.log(worst >= 0 ? `worst sample ${worst}, z=${pressure.get(worst).toFixed(2)}` : "no anomalies");
