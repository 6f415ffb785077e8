// Weights click events batch by batch for a partner export, computes trimmed means per channel and reconciles against the raw event totals.
import { array, zeros, NDArray } from "ndalias";

interface ExportConfig {
  batchSize: number;
  weight: number;
  trim: number;
}

const EXPORT_DEFAULTS: ExportConfig = { batchSize: 4, weight: 1, trim: 1 };

const batchTotalsCache = new Map<number, number>();

export function trimmedMean(values: NDArray, trim: number): number {
  const ordered = values.ravel();
  ordered.sort(); // expect: no-view-mutation
  const inner = ordered.slice(`${trim}:${ordered.size - trim}`);
  return inner.mean();
}

export function weightedBatchTotals(events: NDArray, cfg: ExportConfig): number[] {
  const totals: number[] = [];
  for (let start = 0; start < events.size; start += cfg.batchSize) {
    const cached = batchTotalsCache.get(start);
    if (cached !== undefined) {
      totals.push(cached);
      continue;
    }
    const batch = events.slice(`${start}:${start + cfg.batchSize}`);
    const weighted = batch.mul(cfg.weight);
    const total = weighted.sum();
    batchTotalsCache.set(start, total);
    totals.push(total);
  }
  return totals;
}

function channelMatrix(events: NDArray, channels: number): NDArray {
  const perChannel = events.size / channels;
  const matrix = zeros([channels, perChannel]);
  for (let c = 0; c < channels; c++) {
    for (let j = 0; j < perChannel; j++) {
      matrix.set([c, j], events.get(c * perChannel + j) as number);
    }
  }
  return matrix;
}

function reconcile(rawTotal: number, weightedTotals: number[], weight: number): string {
  const shippedTotal = weightedTotals.reduce((a, b) => a + b, 0);
  const expected = rawTotal * weight;
  const drift = Math.abs(shippedTotal - expected);
  return drift < 1e-6
    ? `reconciled: ${shippedTotal.toFixed(1)} shipped for ${rawTotal} raw clicks`
    : `MISMATCH: shipped ${shippedTotal.toFixed(1)}, expected ${expected.toFixed(1)}`;
}

const cfg: ExportConfig = { ...EXPORT_DEFAULTS, weight: 0.8, batchSize: 3 };
const clicks = array([5, 9, 2, 14, 7, 3, 11, 6, 8, 1, 4, 10]);

// Partner export: every batch is down-weighted and shipped separately.
const shipped: Record<string, number[]> = {};
for (let start = 0; start < clicks.size; start += cfg.batchSize) {
  const batch = clicks.slice(`${start}:${start + cfg.batchSize}`);
  batch.imul(cfg.weight); // expect: no-view-mutation
  shipped[`batch-${start / cfg.batchSize}`] = batch.tolist() as number[];
}
for (const [name, values] of Object.entries(shipped)) {
  console.log(name, values.map((v) => v.toFixed(1)).join(", "));
}

// Per-channel medians are computed on a fresh matrix built from the events.
const matrix = channelMatrix(clicks, 3);
for (let c = 0; c < 3; c++) {
  const row = matrix.slice(c).copy();
  console.log(`channel ${c}: trimmed mean ${trimmedMean(row, cfg.trim).toFixed(2)}`);
}

// Reconciliation against the raw events.
const weightedTotals = weightedBatchTotals(clicks, cfg);
const rawTotal = clicks.sum();
console.log("weighted batch totals:", weightedTotals.map((t) => t.toFixed(1)).join(" "));
console.log("raw click total:", rawTotal);
console.log(reconcile(rawTotal, weightedTotals, cfg.weight));
