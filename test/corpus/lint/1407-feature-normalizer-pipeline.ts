// Feature normalisation for a ranking model: fits per-column statistics, keeps running moments online, and standardises, clips and buckets request features.
import { array, zeros, NDArray } from "ndalias";

export interface ColumnStats {
  mean: NDArray;
  std: NDArray;
}

export const FEATURE_NAMES = ["dwell_s", "ctr_7d", "age_days", "price", "distance_km"] as const;
const EPS = 1e-6;

/** Per-column mean and standard deviation of a [rows, cols] matrix. */
export function fitStats(features: NDArray): ColumnStats {
  const cols = features.shape[1];
  const mean = zeros(cols);
  const std = zeros(cols);
  for (let j = 0; j < cols; j++) {
    const column = features.slice(":", j);
    const mu = column.mean();
    const centered = column.sub(mu);
    mean.set(j, mu);
    std.set(j, Math.sqrt(centered.mul(centered).mean()) + EPS);
  }
  return { mean, std };
}

/** Standardised copy of the features; the input stays as it was. */
export function transform(features: NDArray, stats: ColumnStats): NDArray {
  const out = features.copy();
  for (let j = 0; j < out.shape[1]; j++) {
    out.slice(":", j).isub(stats.mean.get(j));
    out.slice(":", j).idiv(stats.std.get(j));
  }
  return out;
}

/** Standardises a batch the caller owns, column by column, without allocating. */
export function transformInPlace(features: NDArray, stats: ColumnStats): void {
  for (let j = 0; j < features.shape[1]; j++) {
    features.slice(":", j).isub(stats.mean.get(j));
    features.slice(":", j).idiv(stats.std.get(j));
  }
}

export function clipInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i] as number;
    x.data[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

export function log1pCopy(x: NDArray): NDArray {
  const logged = x.copy();
  for (let i = 0; i < logged.size; i++) {
    logged.data[i] = Math.log1p(Math.max(0, logged.data[i] as number));
  }
  return logged;
}

export function bucketize(value: number, edges: number[]): NDArray {
  const onehot = zeros(edges.length + 1);
  let b = edges.findIndex((e) => value < e);
  if (b < 0) b = edges.length;
  onehot.set(b, 1);
  return onehot;
}

/** Welford-style running moments, updated one batch at a time. */
export class RunningMoments {
  count = 0;
  readonly mean: NDArray;
  readonly m2: NDArray;

  constructor(cols: number) {
    this.mean = zeros(cols);
    this.m2 = zeros(cols);
  }

  update(row: NDArray): void {
    this.count += 1;
    const delta = row.sub(this.mean);
    this.mean.iadd(delta.div(this.count));
    const delta2 = row.sub(this.mean);
    this.m2.iadd(delta.mul(delta2));
  }

  variance(): NDArray {
    return this.count > 1 ? this.m2.div(this.count - 1) : zeros(this.m2.size);
  }

  snapshot(): ColumnStats {
    let std = this.variance();
    std = std.add(EPS * EPS);
    for (let i = 0; i < std.size; i++) {
      std.set(i, Math.sqrt(std.get(i)));
    }
    return { mean: this.mean.copy(), std };
  }

  reset(): void {
    this.count = 0;
    this.mean.fill(0);
    this.m2.fill(0);
  }
}

export function describe(stats: ColumnStats): string {
  return FEATURE_NAMES.map(
    (name, j) => `${name}: mean=${stats.mean.get(j).toFixed(2)} std=${stats.std.get(j).toFixed(2)}`,
  ).join("; ");
}

/** Mean absolute shift of standardised column means between two batches (a cheap drift signal). */
export function meanShift(reference: NDArray, current: NDArray): number {
  let total = 0;
  for (let j = 0; j < reference.shape[1]; j++) {
    total += Math.abs(reference.slice(":", j).mean() - current.slice(":", j).mean());
  }
  return total / reference.shape[1];
}

// --- offline fit ------------------------------------------------------------

const trainingRows = array([
  [42.0, 0.031, 12, 19.99, 3.2],
  [8.5, 0.012, 340, 4.5, 15.0],
  [120.0, 0.085, 2, 59.0, 0.8],
  [15.2, 0.02, 95, 12.0, 7.5],
  [64.3, 0.047, 30, 24.5, 2.1],
  [3.1, 0.004, 720, 2.99, 41.0],
]);

const columnView = trainingRows.T;
console.log("raw column sums:", FEATURE_NAMES.map((n, j) => `${n}=${columnView.slice(j).sum().toFixed(2)}`).join(", "));

const offlineStats = fitStats(trainingRows);
console.log("offline:", describe(offlineStats));

const standardized = transform(trainingRows, offlineStats);
console.log("standardised row 0:", standardized.slice(0).tolist());
console.log("raw row 0 is unchanged:", trainingRows.slice(0).tolist());

// Heavy-tailed columns are compressed on a copy before fitting a second model.
const compressed = log1pCopy(trainingRows);
const compressedStats = fitStats(compressed);
console.log("log-space:", describe(compressedStats));

// --- online moments ----------------------------------------------------------

const moments = new RunningMoments(FEATURE_NAMES.length);
for (let i = 0; i < trainingRows.shape[0]; i++) {
  moments.update(trainingRows.slice(i));
}
const onlineStats = moments.snapshot();
console.log("online:", describe(onlineStats));
console.log("online/offline mean gap:", onlineStats.mean.sub(offlineStats.mean).mul(onlineStats.mean.sub(offlineStats.mean)).sum().toExponential(2));

// --- request-time features ---------------------------------------------------

const requestBatch = array([
  [30.0, 0.05, 7, 15.0, 1.5],
  [500.0, 0.9, 1, 999.0, 0.1],
  [0.0, 0.0, 3650, 0.5, 120.0],
]);

// The audit log records the untouched request first; after that the batch is ours to overwrite.
const auditCopy = requestBatch;
console.log("audit request batch:", auditCopy.tolist(), "rows:", auditCopy.shape[0]);

transformInPlace(requestBatch, offlineStats);
clipInPlace(requestBatch, -3, 3);
console.log("model input:", requestBatch.tolist());

// Price bucket features are built after the batch was standardised and read its final values.
const priceColumn = requestBatch.slice(":", 3);
const priceEdges = [-1, 0, 1];
const priceBuckets = zeros([requestBatch.shape[0], priceEdges.length + 1]);
for (let i = 0; i < requestBatch.shape[0]; i++) {
  priceBuckets.slice(i).iadd(bucketize(priceColumn.get(i), priceEdges));
}
console.log("price buckets:", priceBuckets.tolist());

// A working copy for a what-if: dwell time halved. The original request stays as served.
let whatIf = requestBatch;
whatIf = whatIf.copy();
whatIf.slice(":", 0).imul(0.5);
console.log("what-if dwell:", whatIf.slice(":", 0).tolist(), "served dwell:", requestBatch.slice(":", 0).tolist());

// Distances beyond 50 km are capped for the geo model only.
const geo = requestBatch.slice(":", 4).copy();
for (let i = 0; i < geo.size; i++) {
  if (geo.get(i) > 2.5) {
    geo.set(i, 2.5);
  }
}
console.log("geo feature:", geo.tolist());

moments.reset();
moments.update(requestBatch.slice(0));
console.log("moments restarted with", moments.count, "row(s); mean:", moments.mean.tolist());

const drift = meanShift(standardized, requestBatch);
console.log("feature drift vs. training:", drift.toFixed(3), drift > 0.5 ? "(alert)" : "(ok)");
