// A mini-batch generator yields augmented copies of dataset rows; the training loop scales each batch and tracks a running mean.
import { arange, zeros, NDArray } from "ndalias";

function* batches(data: NDArray, size: number): Generator<NDArray> {
  for (let start = 0; start < data.shape[0]; start += size) {
    const idx: number[] = [];
    for (let i = start; i < Math.min(start + size, data.shape[0]); i++) idx.push(i);
    const batch = data.take(idx);
    batch.iadd(0.01);
    yield batch;
  }
}

class RunningMean {
  private total: NDArray;
  private n = 0;
  constructor(width: number) {
    this.total = zeros(width);
  }
  update(batch: NDArray): NDArray {
    for (let r = 0; r < batch.shape[0]; r++) this.total.iadd(batch.slice(r));
    this.n += batch.shape[0];
    return this.total.div(this.n);
  }
}

const dataset = arange(0, 12).reshape(6, 2);
const tracker = new RunningMean(2);
let latest = zeros(2);
for (const b of batches(dataset, 4)) {
  b.imul(0.5);
  latest = tracker.update(b);
  const { shape: [rows = 0] } = b;
  console.log("batch rows:", rows, "batch:", b.tolist());
}
latest.imul(2);
console.log("running mean x2:", latest.tolist(), "dataset total:", dataset.sum());
