// Linear regression trainer with hook callbacks stored in an options object: early stopping, weight decay and checkpoint logging.
import { array, zeros, NDArray } from "ndalias";

interface Hooks {
  onEpochEnd?: (epoch: number, loss: number) => void;
  onImprove?: (weights: NDArray) => void;
  onDecay?: (weights: NDArray) => void;
}

class Trainer {
  weights: NDArray;
  best: NDArray;
  bestLoss = Infinity;

  constructor(features: number, private readonly hooks: Hooks) {
    this.weights = zeros(features);
    this.best = zeros(features);
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum();
  }

  loss(xs: NDArray[], ys: number[]): number {
    let total = 0;
    xs.forEach((x, i) => {
      const err = this.predict(x) - ys[i];
      total += err * err;
    });
    return total / xs.length;
  }

  epoch(xs: NDArray[], ys: number[], lr: number): number {
    const grad = zeros(this.weights.size);
    xs.forEach((x, i) => {
      const err = this.predict(x) - ys[i];
      grad.iadd(x.mul((2 * err) / xs.length));
    });
    this.weights = this.weights.sub(grad.mul(lr));
    this.hooks.onDecay?.(this.weights);
    const current = this.loss(xs, ys);
    if (current < this.bestLoss) {
      this.bestLoss = current;
      this.best = this.weights.copy();
      this.hooks.onImprove?.(this.best);
    }
    return current;
  }

  restoreBest(): number {
    this.weights.assign(":", this.best);
    return this.weights.sum();
  }
}

export function fit(xsRaw: number[][], ys: number[], epochs: number): NDArray {
  const checkpoints: NDArray[] = [];
  const log: string[] = [];
  let stalled = 0;

  const hooks: Hooks = {
    onEpochEnd: (epoch, loss) => {
      log.push(`epoch ${epoch}: loss=${loss.toFixed(4)}`);
    },
    onImprove: (weights) => {
      checkpoints.push(weights.copy());
      stalled = 0;
    },
    onDecay: (weights) => {
      weights.imul(0.999);
    },
  };

  const trainer = new Trainer(xsRaw[0]?.length ?? 0, hooks);
  const xs = xsRaw.map((r) => array(r));
  for (let e = 0; e < epochs && stalled < 3; e++) {
    const loss = trainer.epoch(xs, ys, 0.05);
    hooks.onEpochEnd?.(e, loss);
    stalled += 1;
  }

  trainer.restoreBest();
  const final = trainer.weights.copy();
  for (const line of log.slice(-3)) console.log(line);
  console.log("checkpoints kept:", checkpoints.length);
  return final;
}

const weights = fit(
  [
    [1, 0.5],
    [2, 1.0],
    [3, 0.2],
    [4, 1.7],
  ],
  [2.2, 4.5, 6.1, 8.9],
  40,
);
console.log("fitted weights:", weights.tolist());
