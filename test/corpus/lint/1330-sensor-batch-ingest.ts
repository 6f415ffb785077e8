// Ingests raw pressure readings, caches per-batch statistics, centres the first batch for anomaly scoring and reports totals.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface BatchStats {
  mean: number;
  max: number;
  count: number;
}

interface IngestConfig {
  batchSize: number;
  scale: number;
  offset: number;
  label: string;
}

const PIPELINE_DEFAULTS: IngestConfig = { batchSize: 4, scale: 1, offset: 0, label: "sensor" };
const CALIBRATION_GAIN = 1.02;

const statsCache = new Map<string, BatchStats>();

function batchKey(label: string, start: number): string {
  return `${label}:${start}`;
}

function summarize(batch: NDArray): BatchStats {
  return { mean: batch.mean(), max: batch.max(), count: batch.size };
}

function collectStats(readings: NDArray, cfg: IngestConfig): number {
  let batches = 0;
  for (let start = 0; start < readings.size; start += cfg.batchSize) {
    const stop = Math.min(start + cfg.batchSize, readings.size);
    const key = batchKey(cfg.label, start);
    if (!statsCache.has(key)) {
      statsCache.set(key, summarize(readings.slice(`${start}:${stop}`)));
    }
    batches += 1;
  }
  return batches;
}

function histogram(readings: NDArray, edges: number[]): NDArray {
  const counts = zeros(edges.length - 1);
  for (let i = 0; i < readings.size; i++) {
    const v = readings.get(i) as number;
    for (let b = 0; b < edges.length - 1; b++) {
      if (v >= edges[b] && v < edges[b + 1]) {
        counts.set(b, (counts.get(b) as number) + 1);
        break;
      }
    }
  }
  return counts;
}

function report(label: string, values: NDArray): void {
  console.log(`[${label}] n=${values.size} sum=${values.sum().toFixed(2)} values=${JSON.stringify(values.tolist())}`);
}

const overrides: Partial<IngestConfig> = { batchSize: 3, label: "pressure" };
const config: IngestConfig = { ...PIPELINE_DEFAULTS, ...overrides };

const readings = array([12.5, 13.1, 11.8, 14.2, 15.0, 13.7, 12.9, 16.4, 15.5]);
const nBatches = collectStats(readings, config);
console.log(`cached ${statsCache.size} batch summaries over ${nBatches} batches`);

for (const [key, stats] of statsCache) {
  console.log(`  ${key}: mean=${stats.mean.toFixed(2)} max=${stats.max} count=${stats.count}`);
}

// Scaled copy for the downstream warehouse table: written, then handed on.
const scaled = readings.mul(config.scale);
scaled.iadd(config.offset);
report("warehouse", scaled);

// Anomaly scoring works on the first batch, centred on its own mean.
const firstBatch = readings.slice(`0:${config.batchSize}`);
const firstMean = firstBatch.mean();
firstBatch.isub(firstMean); // expect: no-view-mutation
const spread = firstBatch.max() - firstBatch.min();
console.log(`first batch spread: ${spread.toFixed(3)}`);

// Apply the calibration gain before the final report.
const calibrated = readings.copy();
calibrated.imul(CALIBRATION_GAIN); // expect: no-lost-write

const counts = histogram(readings, [0, 5, 10, 15, 20]);
report("histogram", counts);

const total = readings.sum();
const perBatch = total / nBatches;
console.log(`total=${total.toFixed(2)} per-batch=${perBatch.toFixed(2)}`);
report(config.label, readings);
