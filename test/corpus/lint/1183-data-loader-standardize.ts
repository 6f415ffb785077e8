// Standardizes a tabular dataset, serves shuffled mini-batches from a data loader and trains a logistic model for a few epochs.
import { array, zeros, NDArray } from "ndalias";

class DataLoader {
  private order: number[];

  constructor(
    private readonly features: NDArray,
    private readonly labels: NDArray,
    private readonly batchSize: number,
    private seed: number,
  ) {
    this.order = Array.from({ length: features.shape[0] }, (_, i) => i);
  }

  private nextRandom(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2147483648;
    return this.seed / 2147483648;
  }

  shuffle(): void {
    for (let i = this.order.length - 1; i > 0; i--) {
      const j = Math.floor(this.nextRandom() * (i + 1));
      [this.order[i], this.order[j]] = [this.order[j], this.order[i]];
    }
  }

  *batches(): Generator<[NDArray, NDArray]> {
    for (let start = 0; start < this.order.length; start += this.batchSize) {
      const idx = this.order.slice(start, start + this.batchSize);
      yield [this.features.take(idx, 0), this.labels.take(idx)];
    }
  }
}

function columnStats(x: NDArray): [NDArray, NDArray] {
  const [n, d] = x.shape;
  const mu = zeros(d);
  const sd = zeros(d);
  for (let j = 0; j < d; j++) {
    const col = x.slice(":", j);
    const m = col.mean();
    mu.set(j, m);
    let acc = 0;
    for (let i = 0; i < n; i++) acc += (col.get(i) - m) ** 2;
    sd.set(j, Math.sqrt(acc / n) || 1);
  }
  return [mu, sd];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

// One pass over the loader; returns the mean log-loss of the epoch.
function trainEpoch(loader: DataLoader, w: NDArray, lr: number): number {
  let total = 0;
  let count = 0;
  for (const [xb, yb] of loader.batches()) {
    const grad = zeros(w.size);
    for (let i = 0; i < xb.shape[0]; i++) {
      let z = 0;
      for (let j = 0; j < w.size; j++) z += w.get(j) * xb.get(i, j);
      const p = sigmoid(z);
      const target = yb.get(i);
      total -= target * Math.log(p + 1e-12) + (1 - target) * Math.log(1 - p + 1e-12);
      count += 1;
      for (let j = 0; j < w.size; j++) grad.set(j, grad.get(j) + (p - target) * xb.get(i, j));
    }
    w.isub(grad.mul(lr / xb.shape[0])); // expect: no-alias-mutation
  }
  return total / count;
}

const rawFeatures = array([
  [170, 65, 1],
  [160, 72, 0],
  [182, 80, 1],
  [155, 50, 0],
  [175, 90, 1],
  [165, 58, 0],
  [190, 95, 1],
  [158, 61, 0],
]);
const labels = array([1, 0, 1, 0, 1, 0, 1, 0]);

const [mu, sd] = columnStats(rawFeatures);
const standardized = rawFeatures.astype("float64");
standardized.isub(mu); // expect: no-lost-write

const scaledCopy = rawFeatures.sub(mu).div(sd);
console.log("scaled first row:", scaledCopy.slice(0).tolist());

const loader = new DataLoader(rawFeatures, labels, 3, 42);
const weights = zeros(3);
for (let epoch = 0; epoch < 5; epoch++) {
  loader.shuffle();
  const loss = trainEpoch(loader, weights, 0.05);
  console.log(`epoch ${epoch}: loss ${loss.toFixed(4)}`);
}

// Augmented batch: a private copy, jittered and then scored.
for (const [xb] of loader.batches()) {
  xb.iadd(0.5);
  console.log("augmented batch mean:", xb.mean().toFixed(3));
  break;
}
console.log("weights:", weights.tolist());
