// Streaming feature statistics: Welford mean and co-moment updates on class fields, a copy-based standardiser, a helper that standardises its argument's columns through views while returning it, and a reset that zeroes a flattened copy.
import { array, zeros, NDArray } from "ndalias";

class RunningStats {
  count = 0;
  readonly mean: NDArray;
  readonly comoment: NDArray;

  constructor(readonly features: number) {
    this.mean = zeros(features);
    this.comoment = zeros([features, features]);
  }

  push(row: NDArray): void {
    this.count++;
    const delta = row.sub(this.mean);
    this.mean.iadd(delta.div(this.count));
    const after = row.sub(this.mean);
    for (let i = 0; i < this.features; i++) this.comoment.slice(i).iadd(after.mul(delta.get(i)));
  }

  covariance(): NDArray {
    return this.comoment.div(Math.max(1, this.count - 1));
  }

  std(): NDArray {
    const cov = this.covariance();
    const sd = zeros(this.features);
    for (let j = 0; j < this.features; j++) sd.set(j, Math.sqrt(cov.get(j, j)) || 1);
    return sd;
  }

  reset(): void {
    this.count = 0;
    this.mean.fill(0);
    this.comoment.flatten().fill(0); // expect: no-lost-write
  }
}

function standardised(batch: NDArray, stats: RunningStats): NDArray {
  const out = batch.copy();
  const sd = stats.std();
  for (let j = 0; j < out.shape[1]; j++) {
    out.slice(":", j).assign(":", out.slice(":", j).sub(stats.mean.get(j)).div(sd.get(j)));
  }
  return out;
}

function standardiseColumns(batch: NDArray, stats: RunningStats): NDArray {
  const sd = stats.std();
  for (let j = 0; j < batch.shape[1]; j++) {
    const col = batch.slice(":", j);
    col.assign(":", col.sub(stats.mean.get(j)).div(sd.get(j))); // expect: no-view-mutation
  }
  return batch;
}

const stream = array([
  [1.0, 200, 0.5],
  [1.5, 180, 0.7],
  [0.8, 240, 0.2],
  [1.2, 210, 0.9],
  [0.9, 190, 0.4],
]);
const firstRow = stream.slice(0).tolist();
const stats = new RunningStats(3);
for (let i = 0; i < stream.shape[0]; i++) stats.push(stream.slice(i));
console.log("mean:", stats.mean.tolist(), "covariance:", stats.covariance().tolist());

const zCopy = standardised(stream, stats);
console.log("standardised copy:", zCopy.tolist(), "first raw row:", firstRow);

const zInPlace = standardiseColumns(stream, stats);
console.log("standardised in place:", zInPlace.slice(0).tolist());
console.log("raw stream total:", stream.sum());

stats.reset();
console.log("after reset:", stats.count, stats.mean.tolist(), stats.comoment.sum());
