// Streams augmented mini-batches from a small tabular dataset: each batch is a jittered copy that is yielded, handed to a callback or returned in a record.
import { array, NDArray } from "ndalias";

interface BatchSummary {
  scaled: NDArray;
  peak: number;
  rows: number;
}

const dataset = array([
  [5.1, 3.5, 1.4, 0.2],
  [4.9, 3.0, 1.4, 0.2],
  [6.3, 3.3, 6.0, 2.5],
  [5.8, 2.7, 5.1, 1.9],
  [6.4, 3.2, 4.5, 1.5],
  [5.7, 2.8, 4.1, 1.3],
]);

function* augmentedBatches(data: NDArray, batchSize: number, gain: number): Generator<NDArray> {
  for (let start = 0; start < data.shape[0]; start += batchSize) {
    const batch = data.slice(`${start}:${start + batchSize}`).copy();
    batch.imul(gain);
    batch.iadd(0.01 * start);
    yield batch;
  }
}

function withStandardised(x: NDArray, use: (z: NDArray) => void): void {
  const z = x.sub(x.mean());
  z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
  use(z);
}

function summarise(x: NDArray): BatchSummary {
  const scaled = x.div(x.max());
  scaled.imul(100);
  return { scaled, peak: x.max(), rows: x.shape[0] };
}

function mirrored(x: NDArray): Promise<NDArray> {
  const flipped = x.flip(0).copy();
  flipped.imul(-1);
  return Promise.resolve(flipped);
}

const cache = new Map<number, NDArray>();
let index = 0;
for (const batch of augmentedBatches(dataset, 2, 1.05)) {
  const summary = summarise(batch);
  console.log(`batch ${index}: peak ${summary.peak.toFixed(2)}, rows ${summary.rows}`);
  withStandardised(batch, (z) => {
    console.log(`  standardised mean ${z.mean().toFixed(6)}, first ${z.get(0, 0).toFixed(3)}`);
  });
  const scratch = batch.copy();
  scratch.isub(batch.min());
  cache.set(index, scratch);
  index++;
}

const firstScaled = summarise(dataset.slice(":2")).scaled;
console.log("first two rows in percent of their max:", firstScaled.tolist());
console.log("cached batches:", [...cache.values()].map((b) => b.sum().toFixed(2)).join(", "));

mirrored(dataset).then((m) => {
  console.log("mirrored first row:", m.slice(0).tolist());
  console.log("dataset untouched:", dataset.get(0, 0) === 5.1);
});
