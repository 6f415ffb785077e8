// Estimates a full-sample and a recent-window covariance of asset returns, stresses the recent window and prints volatilities.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

const ASSETS = ["EQ", "RATES", "FX"] as const;
type Asset = (typeof ASSETS)[number];
type VolReport = { readonly [K in Asset]: number };

interface WindowSpec<L extends number = number> {
  readonly label: string;
  readonly lastDays: L;
}

const STRESS_MULTIPLIER = 2.5;
const SHRINKAGE = 0.2;

const dailyReturns = array([
  [0.012, -0.003, 0.004],
  [-0.008, 0.002, -0.001],
  [0.005, -0.001, 0.003],
  [-0.015, 0.006, -0.004],
  [0.009, -0.002, 0.002],
  [-0.004, 0.001, -0.003],
  [0.011, -0.004, 0.005],
  [-0.021, 0.009, -0.007],
]);

function columnMeans(x: NDArray): NDArray {
  const [, cols = 1] = x.shape;
  const means = zeros(cols);
  for (let j = 0; j < cols; j++) {
    means.set(j, x.slice(":", j).mean());
  }
  return means;
}

function covariance(window: NDArray): NDArray {
  const [rows = 0, cols = 0] = window.shape;
  const centered = window.sub(columnMeans(window));
  const cov = zeros([cols, cols]);
  for (let i = 0; i < cols; i++) {
    for (let j = i; j < cols; j++) {
      const c = centered.slice(":", i).mul(centered.slice(":", j)).sum() / (rows - 1);
      cov.set([i, j], c);
      cov.set([j, i], c);
    }
  }
  return cov;
}

function shrinkToDiagonal(cov: NDArray, lambda: number): NDArray {
  const avgVariance = cov.diagonal().mean();
  const target = eye(cov.shape[0] ?? 0).mul(avgVariance);
  return cov.mul(1 - lambda).add(target.mul(lambda));
}

function volReport(cov: NDArray): VolReport {
  const entries = ASSETS.map((asset, j) => [asset, Math.sqrt(cov.get(j, j) * 252)] as const);
  return Object.fromEntries(entries) as Record<Asset, number>;
}

function formatReport(label: string, report: VolReport): string {
  const parts = (Object.keys(report) as Asset[]).map((k) => `${k}=${(report[k] * 100).toFixed(2)}%`);
  return `${label.padEnd(12)} ${parts.join("  ")}`;
}

function lastDaysOf(x: NDArray, { lastDays }: WindowSpec): NDArray {
  return x.slice(`-${lastDays}:`).copy();
}

const recentSpec: WindowSpec<4> = { label: "recent", lastDays: 4 };

// A calm copy of the recent window, winsorised on its own memory.
const calmWindow = lastDaysOf(dailyReturns, recentSpec);
for (let i = 0; i < calmWindow.size; i++) {
  const v = calmWindow.data[i] as number;
  calmWindow.data[i] = Math.max(-0.01, Math.min(0.01, v));
}
console.log(formatReport("calm", volReport(covariance(calmWindow))));

// Stressed scenario: amplify the most recent days to emulate a volatility spike.
const stressWindow = dailyReturns.slice(`-${recentSpec.lastDays}:`);
stressWindow.imul(STRESS_MULTIPLIER); // expect: no-view-mutation
const stressedCov = covariance(stressWindow);
console.log(formatReport("stressed", volReport(stressedCov)));

// Long-run estimate, meant to use the unstressed history.
const fullCov = shrinkToDiagonal(covariance(dailyReturns), SHRINKAGE);
console.log(formatReport("full sample", volReport(fullCov)));

const ratio = ASSETS.map((asset, j) => {
  const r = Math.sqrt(stressedCov.get(j, j) / fullCov.get(j, j));
  return `${asset}:${r.toFixed(2)}x`;
});
console.log("stress / long-run vol:", ratio.join(" "));
