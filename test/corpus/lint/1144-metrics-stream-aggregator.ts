// Metrics stream aggregator: consumes an async stream of per-minute samples and keeps running sums, maxima and a histogram.
import { array, zeros, full, NDArray } from "ndalias";

const CHANNELS = 3;
const BUCKETS = 10;
const WINDOW_ROWS = 5;

async function* minuteSamples(minutes: number): AsyncGenerator<NDArray> {
  for (let i = 0; i < minutes; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    yield array([i % 7, (i * 3) % 5, 10 - (i % 4)]);
  }
}

class StreamAggregator {
  readonly sums = zeros(CHANNELS);
  readonly maxima = full(CHANNELS, -Infinity);
  readonly histogram = zeros(BUCKETS);
  count = 0;

  observe(sample: NDArray): void {
    this.sums.iadd(sample);
    for (let j = 0; j < CHANNELS; j++) {
      const v = sample.get(j);
      if (v > this.maxima.get(j)) this.maxima.set(j, v);
    }
    const bucket = Math.max(0, Math.min(BUCKETS - 1, Math.floor(sample.mean())));
    this.histogram.set(bucket, this.histogram.get(bucket) + 1);
    this.count++;
  }

  resetLowBuckets(): void {
    this.histogram.slice("0:2").fill(0);
  }

  snapshot(): { mean: number[]; max: number[]; histogram: number[] } {
    return {
      mean: this.sums.div(Math.max(1, this.count)).tolist() as number[],
      max: this.maxima.tolist() as number[],
      histogram: this.histogram.tolist() as number[],
    };
  }
}

interface WindowReport {
  endMinute: number;
  windowMean: number;
  lastRow: number[];
}

async function aggregate(stream: AsyncIterable<NDArray>): Promise<{ reports: WindowReport[]; agg: StreamAggregator }> {
  const agg = new StreamAggregator();
  const window = zeros([WINDOW_ROWS, CHANNELS]);
  const reports: WindowReport[] = [];
  let row = 0;

  for await (const sample of stream) {
    agg.observe(sample);
    const before = window.slice(row % WINDOW_ROWS).sum();
    window.assign(row % WINDOW_ROWS, sample);
    row++;

    if (row % WINDOW_ROWS === 0) {
      const windowMean = window.mean();
      const lastRow = window.slice(-1);
      reports.push({ endMinute: row, windowMean, lastRow: lastRow.tolist() as number[] });
      if (before < 0) console.warn("negative window slot at minute", row);
      window.slice(":", 0).fill(0);
      window.slice(":", "1:").imul(0.5);
    }
    if (row % 12 === 0) {
      agg.resetLowBuckets();
    }
  }
  return { reports, agg };
}

function formatHistogram(counts: number[]): string {
  const peak = Math.max(1, ...counts);
  return counts.map((c, i) => `${i}:${"#".repeat(Math.round((c / peak) * 8))}`).join(" ");
}

const { reports, agg } = await aggregate(minuteSamples(17));
for (const r of reports) {
  console.log(`minute ${r.endMinute}: window mean ${r.windowMean.toFixed(2)}, last row`, r.lastRow);
}
const snap = agg.snapshot();
console.log("channel means:", snap.mean.map((m) => m.toFixed(2)), "maxima:", snap.max);
console.log("histogram:", formatHistogram(snap.histogram));
