// Logs per-epoch training metrics into a module-level history table, clears the warm-up row and summarises recent epochs.
import { array, zeros, NDArray } from "ndalias";

const CAPACITY = 6;
const METRICS = ["loss", "accuracy", "lr"];
const HISTORY = zeros([CAPACITY, METRICS.length]);
const BEST = zeros(METRICS.length);
let cursor = 0;
let logged = 0;

function logEpoch(loss: number, accuracy: number, lr: number): void {
  HISTORY.assign(String(cursor), array([loss, accuracy, lr]));
  cursor = (cursor + 1) % CAPACITY;
  logged++;
  if (logged === 1 || accuracy > BEST.get(1)) {
    BEST.assign(":", array([loss, accuracy, lr]));
  }
}

function columnMean(metric: string): number {
  const col = METRICS.indexOf(metric);
  if (col < 0) {
    throw new Error(`unknown metric "${metric}", expected one of ${METRICS.join(", ")}`);
  }
  return HISTORY.slice(":", col).mean();
}

function byMetric(): NDArray {
  return HISTORY.T.copy();
}

function latestRow(): NDArray {
  const last = (cursor + CAPACITY - 1) % CAPACITY;
  return HISTORY.slice(last).copy();
}

function clearHistory(): void {
  HISTORY.fill(0);
  BEST.fill(0);
  cursor = 0;
  logged = 0;
}

function formatRow(row: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < row.size; i++) {
    cells.push(`${METRICS[i]}=${row.get(i).toFixed(4)}`);
  }
  return cells.join(" ");
}

const schedule = [0.1, 0.1, 0.05, 0.05, 0.01, 0.01];
let loss = 1.2;
let accuracy = 0.4;
for (const lr of schedule) {
  loss *= 0.7;
  accuracy = Math.min(0.99, accuracy + lr * 2);
  logEpoch(loss, accuracy, lr);
}

console.log("mean loss:", columnMean("loss").toFixed(4), "mean accuracy:", columnMean("accuracy").toFixed(4));
console.log("best epoch:", formatRow(BEST));
const snapshotByMetric = byMetric();
const newest = latestRow();
console.log("newest epoch:", formatRow(newest));

HISTORY.slice(0).fill(0);
HISTORY.slice(":", 2).imul(1000);

const recent = HISTORY.slice("-3:");
const recentLoss = recent.slice(":", 0);
console.log("recent epochs:", recent.tolist());
console.log("recent loss mean:", recentLoss.mean().toFixed(4), "min:", recentLoss.min().toFixed(4));
console.log("warm-up row cleared, total lr (x1000):", HISTORY.slice(":", 2).sum());

const accuracyTrend = HISTORY.slice(":", 1);
let improving = true;
for (let i = 2; i < accuracyTrend.size; i++) {
  if (accuracyTrend.get(i) < accuracyTrend.get(i - 1)) {
    improving = false;
  }
}
console.log("accuracy improving after warm-up:", improving);
console.log("snapshot taken before clearing:", snapshotByMetric.slice(0).tolist());

clearHistory();
console.log("history cleared, logged epochs:", logged, "table total:", HISTORY.sum());
