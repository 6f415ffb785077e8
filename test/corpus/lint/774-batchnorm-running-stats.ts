// Batch normalisation with running statistics: trains on a few batches, then normalises an evaluation batch with the running mean and variance.
// runnable
import { array, ones, zeros, NDArray } from "ndalias";

function columnMeans(batch: NDArray): NDArray {
  const [n, f] = batch.shape;
  const means = zeros(f);
  for (let j = 0; j < f; j++) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += batch.get(i, j);
    means.set(j, acc / n);
  }
  return means;
}

function columnVariances(batch: NDArray, means: NDArray): NDArray {
  const [n, f] = batch.shape;
  const variances = zeros(f);
  for (let j = 0; j < f; j++) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const d = batch.get(i, j) - means.get(j);
      acc += d * d;
    }
    variances.set(j, acc / n);
  }
  return variances;
}

class BatchNorm {
  readonly runningMean: NDArray;
  readonly runningVar: NDArray;
  private seen = 0;

  constructor(
    features: number,
    readonly momentum = 0.1,
    readonly eps = 1e-5,
  ) {
    this.runningMean = zeros(features);
    this.runningVar = ones(features);
  }

  private normalize(batch: NDArray, mean: NDArray, variance: NDArray): NDArray {
    const [n, f] = batch.shape;
    const out = zeros([n, f]);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < f; j++) {
        out.set([i, j], (batch.get(i, j) - mean.get(j)) / Math.sqrt(variance.get(j) + this.eps));
      }
    }
    return out;
  }

  train(batch: NDArray): NDArray {
    const mean = columnMeans(batch);
    const variance = columnVariances(batch, mean);
    const m = this.momentum;
    this.runningMean.imul(1 - m);
    this.runningMean.iadd(mean.mul(m));
    const blended = this.runningVar.mul(1 - m);
    blended.iadd(variance.mul(m)); // expect: no-lost-write
    this.seen += batch.shape[0];
    return this.normalize(batch, mean, variance);
  }

  evaluate(batch: NDArray): NDArray {
    return this.normalize(batch, this.runningMean, this.runningVar);
  }

  get samplesSeen(): number {
    return this.seen;
  }
}

function makeBatch(offset: number, scale: number): NDArray {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    rows.push([offset + scale * Math.sin(i), 2 * offset + scale * Math.cos(i), offset - scale * i]);
  }
  return array(rows);
}

const bn = new BatchNorm(3, 0.5);
for (let b = 0; b < 5; b++) {
  const normalized = bn.train(makeBatch(b, 3));
  console.log(`batch ${b}: normalised column means`, columnMeans(normalized).tolist());
}

const evalOut = bn.evaluate(makeBatch(2, 3));
console.log("samples seen:", bn.samplesSeen);
console.log("running mean:", bn.runningMean.tolist());
console.log("running variance:", bn.runningVar.tolist());
console.log("evaluation column spread:", columnVariances(evalOut, columnMeans(evalOut)).tolist());
