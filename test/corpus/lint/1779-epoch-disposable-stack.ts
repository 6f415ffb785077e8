// Trains a linear model for a few epochs, loading each batch under a disposable scope so every temporary is released when the batch ends.
import { arange, array, zeros, full, NDArray, memoryStats } from "ndalias";

class BatchScope implements Disposable {
  private readonly held: Disposable[] = [];

  use<T extends Disposable>(resource: T): T {
    this.held.push(resource);
    return resource;
  }

  [Symbol.dispose](): void {
    while (this.held.length > 0) this.held.pop()?.[Symbol.dispose]();
  }
}

interface EpochLog {
  epoch: number;
  loss: number;
}

function loadBatch(index: number, rows: number, features: number): NDArray {
  const batch = arange(index * rows * features, (index + 1) * rows * features).reshape(rows, features);
  batch.imul(0.01);
  return batch;
}

function targetsFor(batch: NDArray, trueWeights: NDArray): NDArray {
  const y = zeros(batch.shape[0]);
  for (let r = 0; r < batch.shape[0]; r++) {
    using row = batch.slice(r);
    y.set(r, row.mul(trueWeights).sum());
  }
  return y;
}

function applyGradient(weights: NDArray, grad: NDArray, lr: number): void {
  weights.isub(grad.mul(lr));
}

function trainEpoch(weights: NDArray, trueWeights: NDArray, batches: number, lr: number): number {
  let total = 0;
  for (let i = 0; i < batches; i++) {
    using stack = new BatchScope();
    const batch = stack.use(loadBatch(i, 4, weights.size));
    const targets = stack.use(targetsFor(batch, trueWeights));
    const grad = stack.use(zeros(weights.size));
    for (let r = 0; r < batch.shape[0]; r++) {
      using row = batch.slice(r);
      const err = row.mul(weights).sum() - targets.get(r);
      total += err * err;
      grad.iadd(row.mul(2 * err / batch.shape[0]));
    }
    applyGradient(weights, grad, lr);
  }
  return total / batches;
}

function fit(features: number, epochs: number): { weights: NDArray; history: EpochLog[] } {
  const trueWeights = array([0.5, -0.25, 1.0]).slice(`:${features}`).copy();
  const weights = full(features, 0.1);
  const history: EpochLog[] = [];
  try {
    for (let epoch = 0; epoch < epochs; epoch++) {
      const before = weights.copy();
      const loss = trainEpoch(weights, trueWeights, 3, 0.5);
      const step = weights.sub(before);
      history.push({ epoch, loss });
      console.log(`epoch ${epoch}: loss ${loss.toFixed(6)}, step norm ${Math.sqrt(step.mul(step).sum()).toFixed(6)}`);
      step.dispose();
      before.dispose();
    }
    return { weights, history };
  } finally {
    trueWeights.dispose();
  }
}

const baseline = memoryStats();
const { weights, history } = fit(3, 4);
const fitted = weights;
console.log("fitted weights:", fitted.tolist());
console.log("loss curve:", history.map((h) => h.loss.toFixed(6)).join(" -> "));

const train = full(3, 1);
const validation = full(3, 1);
train.imul(2);
train.iadd(weights);
console.log("validation stays at ones:", validation.tolist(), "train:", train.tolist());

const after = memoryStats();
console.log("storages created and still held:", after.storages - baseline.storages);

for (const a of [weights, train, validation]) a.dispose();
console.log("storages after cleanup:", memoryStats().storages - baseline.storages);
