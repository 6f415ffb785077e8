// Summarises batches of line-pressure readings with guard clauses for short batches, rescaling spikes in the most recent samples.
import { array, NDArray } from "ndalias";

const SPIKE_LIMIT = 120;
const MIN_BATCH = 3;

export interface BatchSummary {
  mean: number;
  recentMean: number;
  rescaled: boolean;
}

export function peakToPeak(readings: number[]): number {
  if (readings.length === 0) return 0;
  const series = array(readings);
  return series.max() - series.min();
}

// Mean of the most recent samples after bringing a spike back under the limit.
export function rescaledRecentMean(readings: number[]): number {
  if (readings.length === 0) return NaN;
  const series = array(readings);
  if (series.size < MIN_BATCH) return series.mean();
  const recent = series.slice(`-${MIN_BATCH}:`);
  const batchMean = series.mean();
  if (recent.max() <= SPIKE_LIMIT) {
    return recent.mean();
  }
  console.log(`rescaling recent window (batch mean ${batchMean.toFixed(1)})`);
  recent.imul(SPIKE_LIMIT / recent.max());
  return recent.mean();
}

// Batch mean plus the mean of the recent window, rescaled when it spikes.
export function summarizeBatch(readings: number[]): BatchSummary {
  if (readings.length === 0) {
    return { mean: 0, recentMean: 0, rescaled: false };
  }
  const series = array(readings);
  if (series.size < MIN_BATCH) {
    const m = series.mean();
    return { mean: m, recentMean: m, rescaled: false };
  }
  const recent = series.slice(`-${MIN_BATCH}:`);
  const rescaled = recent.max() > SPIKE_LIMIT;
  if (rescaled) {
    recent.imul(SPIKE_LIMIT / recent.max()); // expect: no-view-mutation
  }
  return { mean: series.mean(), recentMean: recent.mean(), rescaled };
}

// Clips every reading of the batch to the limit.
export function saturateInPlace(batch: NDArray, limit: number): void {
  if (batch.size === 0) return;
  if (batch.max() <= limit) return;
  for (let i = 0; i < batch.size; i++) {
    if (batch.get(i) > limit) batch.set(i, limit);
  }
}

// The last `width` readings as a separate array, rescaled when they spike.
export function recentWindow(batch: NDArray, width: number): NDArray {
  if (width <= 0 || width > batch.size) {
    throw new RangeError(`window width ${width} must be in 1..${batch.size}`);
  }
  const tailCopy = batch.slice(`-${width}:`).copy();
  if (tailCopy.max() > SPIKE_LIMIT) {
    tailCopy.imul(SPIKE_LIMIT / tailCopy.max());
  }
  return tailCopy;
}

function report(label: string, s: BatchSummary): void {
  const flag = s.rescaled ? " (recent window rescaled)" : "";
  console.log(`${label}: mean ${s.mean.toFixed(2)}, recent ${s.recentMean.toFixed(2)}${flag}`);
}

const batches: Record<string, number[]> = {
  morning: [98, 101, 99, 104, 102],
  surge: [97, 99, 140, 180, 150],
  short: [100, 103],
  empty: [],
};

for (const [label, readings] of Object.entries(batches)) {
  report(label, summarizeBatch(readings));
  console.log(`  peak-to-peak ${peakToPeak(readings)}, rescaled recent mean ${rescaledRecentMean(readings)}`);
}

const live = array([95, 130, 101, 160, 99, 125]);
const tail = recentWindow(live, 3);
console.log("live tail (copy):", tail.tolist(), "live mean:", live.mean().toFixed(2));
saturateInPlace(live, SPIKE_LIMIT);
console.log("saturated live batch:", live.tolist());
