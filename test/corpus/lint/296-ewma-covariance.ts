// Builds a risk report from a returns panel: exponentially weighted covariance, per-asset volatility and the median return.
import { array, NDArray } from "ndalias";

interface RiskReport {
  covariance: number[][];
  volatility: number[];
  medianReturn: number;
  lastDay: number[];
}

function decayWeights(t: number, halfLife: number): number[] {
  const lambda = Math.pow(0.5, 1 / halfLife);
  const raw: number[] = [];
  for (let r = 0; r < t; r++) raw.push(Math.pow(lambda, t - 1 - r));
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (w * t) / total);
}

function covariance(centered: NDArray): number[][] {
  const [t, n] = centered.shape;
  const out: number[][] = [];
  for (let a = 0; a < n; a++) {
    const row: number[] = [];
    for (let b = 0; b < n; b++) {
      let acc = 0;
      for (let r = 0; r < t; r++) acc += centered.get(r, a) * centered.get(r, b);
      row.push(acc / (t - 1));
    }
    out.push(row);
  }
  return out;
}

function stdev(series: NDArray): number {
  const dev = series.sub(series.mean());
  return Math.sqrt(dev.mul(dev).sum() / (series.size - 1));
}

export function riskReport(returns: NDArray, halfLife: number): RiskReport {
  const [t, n] = returns.shape;
  const weights = decayWeights(t, halfLife);

  const centered = returns.copy();
  for (let a = 0; a < n; a++) {
    centered.slice(":", a).isub(returns.slice(":", a).mean());
  }

  const byAsset = centered.T;
  for (let r = 0; r < t; r++) {
    centered.slice(r).imul(Math.sqrt(weights[r])); // expect: no-view-mutation
  }
  const cov = covariance(centered);

  const volatility: number[] = [];
  for (let a = 0; a < n; a++) {
    volatility.push(stdev(byAsset.slice(a)));
  }

  const flat = returns.ravel();
  flat.sort(); // expect: no-view-mutation
  const medianReturn = flat.get(Math.floor(flat.size / 2));

  return { covariance: cov, volatility, medianReturn, lastDay: returns.slice(t - 1).tolist() as number[] };
}

const panel = array([
  [0.01, 0.002, -0.004],
  [-0.006, 0.001, 0.009],
  [0.003, -0.002, 0.001],
  [0.012, 0.004, -0.007],
  [-0.002, 0.0, 0.003],
]);
const report = riskReport(panel, 2);
console.log("covariance:", report.covariance);
console.log("volatility:", report.volatility, "median:", report.medianReturn, "last day:", report.lastDay);
