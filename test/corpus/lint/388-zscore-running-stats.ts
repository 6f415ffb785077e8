// Standardises daily soil-moisture batches against running statistics kept at module level and logs the per-batch anomalies.
import { array, zeros, NDArray } from "ndalias";

const N_SENSORS = 5;
const RUNNING = {
  sum: zeros(N_SENSORS),
  sumSq: zeros(N_SENSORS),
  n: 0,
};
const ANOMALY_HISTORY = zeros([3, N_SENSORS]);

export function updateRunning(batch: NDArray): number {
  RUNNING.sum.iadd(batch);
  RUNNING.sumSq.iadd(batch.mul(batch));
  RUNNING.n += 1;
  return RUNNING.n;
}

export function runningVariance(): NDArray {
  const mean = RUNNING.sum.div(RUNNING.n);
  let variance = RUNNING.sumSq.div(RUNNING.n);
  variance = variance.sub(mean.mul(mean));
  for (let i = 0; i < variance.size; i++) {
    if (variance.get(i) < 1e-9) variance.set(i, 1e-9);
  }
  return variance;
}

export function standardise(batch: NDArray): NDArray {
  let z = batch;
  z = z.sub(RUNNING.sum.div(RUNNING.n));
  const variance = runningVariance();
  for (let i = 0; i < z.size; i++) {
    z.set(i, z.get(i) / Math.sqrt(variance.get(i)));
  }
  return z;
}

function recordAnomalies(day: number, z: NDArray): number {
  const row = day % ANOMALY_HISTORY.shape[0];
  ANOMALY_HISTORY.slice(row).fill(0);
  let flagged = 0;
  for (let i = 0; i < z.size; i++) {
    if (Math.abs(z.get(i)) < 1.5) continue;
    ANOMALY_HISTORY.set([row, i], 1);
    flagged++;
  }
  return flagged;
}

const days = [
  array([0.31, 0.28, 0.35, 0.30, 0.29]),
  array([0.30, 0.27, 0.36, 0.12, 0.29]),
  array([0.33, 0.29, 0.34, 0.31, 0.30]),
  array([0.29, 0.26, 0.37, 0.30, 0.55]),
];

for (let d = 0; d < days.length; d++) {
  const batch = days[d];
  updateRunning(batch);
  if (RUNNING.n < 2) continue;
  const z = standardise(batch);
  const flagged = recordAnomalies(d, z);
  console.log(`day ${d}: ${flagged} anomalous sensor(s), z = ${(z.tolist() as number[]).map((v) => v.toFixed(2)).join(" ")}`);
}

// rescale the raw readings to percent for the report; the summary views are taken afterwards
for (let d = 0; d < days.length; d++) days[d].imul(100);
const lastDay = days[days.length - 1];
const firstTwo = lastDay.slice("0:2");
console.log("last day (%):", lastDay.tolist(), "first two sensors:", firstTwo.tolist());
console.log("anomaly counts per sensor:", (ANOMALY_HISTORY.T.tolist() as number[][]).map((r) => r.reduce((a, b) => a + b, 0)));
