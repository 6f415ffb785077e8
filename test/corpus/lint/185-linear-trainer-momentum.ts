// Mini-batch trainer for a linear model with momentum: parameters live in class fields updated through their own paths, gradients are fresh arrays, the best weights are checkpointed as copies, and features are standardised column by column.
import { zeros, NDArray } from "ndalias";

export class LinearTrainer {
  weights: NDArray;
  private velocity: NDArray;
  private best: NDArray;
  private bestLoss = Infinity;

  constructor(features: number, private readonly lr: number, private readonly momentum: number) {
    this.weights = zeros(features);
    this.velocity = zeros(features);
    this.best = this.weights.copy();
  }

  private gradient(x: NDArray, y: NDArray): { grad: NDArray; loss: number } {
    const n = x.shape[0];
    const grad = zeros(this.weights.size);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const row = x.slice(i);
      const err = row.mul(this.weights).sum() - y.get(i);
      grad.iadd(row.mul(err / n));
      loss += (err * err) / n;
    }
    return { grad, loss };
  }

  step(x: NDArray, y: NDArray): number {
    const { grad, loss } = this.gradient(x, y);
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad.mul(this.lr));
    this.weights.isub(this.velocity);
    if (loss < this.bestLoss) {
      this.bestLoss = loss;
      this.best = this.weights.copy();
    }
    return loss;
  }

  restoreBest(): number {
    this.weights = this.best.copy();
    this.velocity.fill(0);
    return this.bestLoss;
  }

  fit(batches: Array<[NDArray, NDArray]>, epochs: number): number[] {
    const losses: number[] = [];
    for (let e = 0; e < epochs; e++) {
      let total = 0;
      batches.forEach(([x, y]) => {
        total += this.step(x, y);
      });
      losses.push(total / batches.length);
    }
    return losses;
  }

  predict(x: NDArray): NDArray {
    const out = zeros(x.shape[0]);
    for (let i = 0; i < x.shape[0]; i++) out.set(i, x.slice(i).mul(this.weights).sum());
    return out;
  }
}

export function standardise(x: NDArray): NDArray {
  const out = x.copy();
  for (let j = 0; j < out.shape[1]; j++) {
    const col = out.slice(":", j);
    const mu = col.mean();
    const sd = Math.sqrt(col.sub(mu).mul(col.sub(mu)).mean()) || 1;
    out.slice(":", j).isub(mu);
    out.slice(":", j).idiv(sd);
  }
  return out;
}

export function evaluate(trainer: LinearTrainer, sets: Array<[NDArray, NDArray]>): number[] {
  return sets.map(([x, y]) => {
    const r = trainer.predict(x).sub(y);
    r.imul(r);
    return r.mean();
  });
}
