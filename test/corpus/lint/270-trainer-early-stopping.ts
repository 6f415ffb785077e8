// A trainer module for logistic regression: momentum updates, early stopping that keeps the best weights, and a validation report.
import { array, zeros, NDArray } from "ndalias";

function sigmoid(z: NDArray): NDArray {
  const out = z.copy();
  for (let i = 0; i < out.size; i++) out.set(i, 1 / (1 + Math.exp(-out.get(i))));
  return out;
}

export abstract class Trainer {
  protected history: number[] = [];

  constructor(protected readonly lr: number, protected readonly patience: number) {}

  protected abstract loss(w: NDArray, x: NDArray, y: NDArray): number;
  protected abstract gradient(w: NDArray, x: NDArray, y: NDArray): NDArray;

  get losses(): readonly number[] {
    return this.history;
  }

  fit(x: NDArray, y: NDArray, epochs: number, beta = 0.9): NDArray {
    const weights = zeros(x.shape[1]);
    const velocity = zeros(x.shape[1]);
    let best: NDArray = weights.copy();
    let bestLoss = Infinity;
    let stale = 0;

    for (let epoch = 0; epoch < epochs && stale < this.patience; epoch++) {
      const loss = this.loss(weights, x, y);
      this.history.push(loss);
      if (loss < bestLoss - 1e-6) {
        bestLoss = loss;
        best = weights;
        stale = 0;
      } else {
        stale++;
      }
      const grad = this.gradient(weights, x, y);
      velocity.mul(beta).iadd(grad); // expect: no-lost-write
      weights.isub(velocity.mul(this.lr).add(grad.mul(this.lr))); // expect: no-alias-mutation
    }
    return best;
  }
}

export class LogisticTrainer extends Trainer {
  protected loss(w: NDArray, x: NDArray, y: NDArray): number {
    const p = this.predict(w, x);
    let total = 0;
    for (let i = 0; i < p.size; i++) {
      const pi = Math.min(Math.max(p.get(i), 1e-9), 1 - 1e-9);
      total -= y.get(i) * Math.log(pi) + (1 - y.get(i)) * Math.log(1 - pi);
    }
    return total / p.size;
  }

  protected gradient(w: NDArray, x: NDArray, y: NDArray): NDArray {
    const err = this.predict(w, x).sub(y);
    const g = zeros(w.size);
    for (let i = 0; i < x.shape[0]; i++) g.iadd(x.slice(i).mul(err.get(i)));
    g.idiv(x.shape[0]);
    return g;
  }

  predict(w: NDArray, x: NDArray): NDArray {
    const z = zeros(x.shape[0]);
    for (let i = 0; i < x.shape[0]; i++) z.set(i, x.slice(i).mul(w).sum());
    return sigmoid(z);
  }
}

export function accuracy(trainer: LogisticTrainer, w: NDArray, x: NDArray, y: NDArray): number {
  const p = trainer.predict(w, x);
  let hits = 0;
  for (let i = 0; i < p.size; i++) hits += (p.get(i) >= 0.5 ? 1 : 0) === y.get(i) ? 1 : 0;
  return hits / p.size;
}

const x = array([[1, 0.5], [1, 1.5], [1, 3.0], [1, 4.0], [1, -1.0], [1, 2.5]]);
const y = array([0, 0, 1, 1, 0, 1]);
const trainer = new LogisticTrainer(0.5, 3);
const best = trainer.fit(x, y, 30);
console.log("best weights:", best.tolist(), "accuracy:", accuracy(trainer, best, x, y));
console.log("loss curve:", trainer.losses.map((l) => l.toFixed(3)).join(" "));
