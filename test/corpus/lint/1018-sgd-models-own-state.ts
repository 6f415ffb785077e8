// Trains two momentum-SGD logistic models on their own copies of one feature matrix, logging losses into a module-level history buffer.
import { array, zeros, NDArray } from "ndalias";

const MAX_EPOCHS = 20;
const LOSS_HISTORY = zeros([2, MAX_EPOCHS]);

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

class LogisticSGD {
  weights: NDArray;
  velocity: NDArray;
  bias = 0;

  constructor(nFeatures: number, readonly lr: number, readonly momentum: number, readonly l2: number) {
    this.weights = zeros(nFeatures);
    this.velocity = zeros(nFeatures);
  }

  // one full-batch step; returns the mean log-loss before the update
  partialFit(X: NDArray, y: NDArray): number {
    const [n, d] = X.shape;
    const grad = zeros(d);
    let gradBias = 0;
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(X.slice(i).mul(this.weights).sum() + this.bias);
      const err = p - y.get(i);
      grad.iadd(X.slice(i).mul(err / n));
      gradBias += err / n;
      loss -= (y.get(i) * Math.log(p + 1e-12) + (1 - y.get(i)) * Math.log(1 - p + 1e-12)) / n;
    }
    grad.iadd(this.weights.mul(this.l2));
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad);
    this.weights.isub(this.velocity.mul(this.lr));
    this.bias -= this.lr * gradBias;
    return loss;
  }

  predictProba(X: NDArray): NDArray {
    const out = zeros(X.shape[0]);
    for (let i = 0; i < X.shape[0]; i++) {
      out.set(i, sigmoid(X.slice(i).mul(this.weights).sum() + this.bias));
    }
    return out;
  }
}

function recordLoss(model: number, epoch: number, loss: number): number {
  LOSS_HISTORY.set([model, epoch], loss);
  return LOSS_HISTORY.get(model, epoch);
}

function resetHistory(): void {
  LOSS_HISTORY.fill(0);
}

function accuracy(p: NDArray, y: NDArray): number {
  let ok = 0;
  for (let i = 0; i < y.size; i++) if ((p.get(i) > 0.5 ? 1 : 0) === y.get(i)) ok++;
  return ok / y.size;
}

const features = array([
  [2.1, 0.3, 1.0],
  [1.8, 0.9, 0.2],
  [0.4, 2.2, 1.5],
  [0.2, 1.9, 0.8],
  [2.5, 0.1, 0.4],
  [0.6, 2.7, 1.1],
  [1.9, 0.5, 0.9],
  [0.3, 2.4, 0.3],
]);
const target = array([1, 1, 0, 0, 1, 0, 1, 0]);

// each model gets its own preprocessed copy of the shared matrix
const Xraw = features.copy();
const Xscaled = features.copy();
for (let j = 0; j < Xscaled.shape[1]; j++) {
  const col = Xscaled.slice(":", j);
  const mu = col.mean();
  const sd = Math.sqrt(col.sub(mu).mul(col.sub(mu)).mean()) || 1;
  Xscaled.slice(":", j).isub(mu);
  Xscaled.slice(":", j).idiv(sd);
}

// validation rows by fancy indexing: a separate array, shifted and then used
const Xval = features.take([1, 6], 0);
Xval.iadd(0.05);

resetHistory();
const models = [new LogisticSGD(3, 0.1, 0.9, 0.01), new LogisticSGD(3, 0.1, 0.9, 0.01)];
const inputs = [Xraw, Xscaled];
for (let epoch = 0; epoch < MAX_EPOCHS; epoch++) {
  models.forEach((m, k) => {
    recordLoss(k, epoch, m.partialFit(inputs[k], target));
  });
}

console.log("final losses:", LOSS_HISTORY.slice(":", -1).tolist());
console.log("raw-feature accuracy:", accuracy(models[0].predictProba(Xraw), target));
console.log("scaled-feature accuracy:", accuracy(models[1].predictProba(Xscaled), target));
console.log("validation probabilities (raw model):", models[0].predictProba(Xval).tolist());
console.log("weights:", models[0].weights.tolist(), models[1].weights.tolist());
console.log("shared matrix untouched, column means:", [0, 1, 2].map((j) => features.slice(":", j).mean().toFixed(3)));
