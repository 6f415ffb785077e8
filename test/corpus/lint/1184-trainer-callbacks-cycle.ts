// A tiny trainer with Keras-style callbacks: a loss logger and an early-stopping callback that needs the trainer's weights.
import { array, zeros, NDArray } from "ndalias";

class LossLogger {
  readonly losses: number[] = [];
  onEpochEnd(epoch: number, loss: number): void {
    this.losses.push(loss);
    if (epoch % 5 === 0) console.log(`epoch ${epoch}: loss ${loss.toFixed(4)}`);
  }
}

class EarlyStoppingCallback {
  bestWeights: NDArray;
  bestLoss = Infinity;
  wait = 0;
  trainer: Trainer | null = null;

  constructor(size: number, readonly patience: number) {
    this.bestWeights = zeros(size);
  }

  // Returns true when training should stop.
  onEpochEnd(loss: number): boolean {
    if (!this.trainer) return false;
    if (loss < this.bestLoss) {
      this.bestLoss = loss;
      this.bestWeights = this.trainer.weights.copy();
      this.wait = 0;
      return false;
    }
    this.wait += 1;
    return this.wait >= this.patience;
  }
}

class Trainer {
  weights: NDArray;
  gradBuffer: NDArray;
  logger = new LossLogger();
  earlyStopping: EarlyStoppingCallback | null = null;

  constructor(size: number, private lr: number) {
    this.weights = zeros(size);
    this.gradBuffer = zeros(size);
  }

  attachEarlyStopping(callback: EarlyStoppingCallback): void {
    this.earlyStopping = callback;
    callback.trainer = this; // expect: no-reference-cycle
  }

  private computeGrad(xs: NDArray, ys: NDArray): number {
    const n = xs.shape[0];
    this.gradBuffer.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let pred = 0;
      for (let j = 0; j < this.weights.size; j++) pred += this.weights.get(j) * xs.get(i, j);
      const err = pred - ys.get(i);
      loss += (err * err) / n;
      for (let j = 0; j < this.weights.size; j++) {
        this.gradBuffer.set(j, this.gradBuffer.get(j) + (2 * err * xs.get(i, j)) / n);
      }
    }
    return loss;
  }

  fit(xs: NDArray, ys: NDArray, epochs: number): number {
    let lastLoss = Infinity;
    for (let epoch = 0; epoch < epochs; epoch++) {
      lastLoss = this.computeGrad(xs, ys);
      this.weights.isub(this.gradBuffer.mul(this.lr));
      this.logger.onEpochEnd(epoch, lastLoss);
      if (this.earlyStopping?.onEpochEnd(lastLoss)) {
        this.weights.assign(":", this.earlyStopping.bestWeights);
        console.log(`stopped after epoch ${epoch}`);
        break;
      }
    }
    return lastLoss;
  }
}

const xs = array([
  [1, 2],
  [2, 1],
  [3, 0.5],
  [0.5, 3],
  [1.5, 1.5],
]);
const ys = array([5, 4, 4.5, 6.5, 4.5]);

const trainer = new Trainer(2, 0.02);
const stopper = new EarlyStoppingCallback(2, 3);
trainer.attachEarlyStopping(stopper);

const finalLoss = trainer.fit(xs, ys, 40);
console.log("final loss:", finalLoss.toFixed(4), "best:", stopper.bestLoss.toFixed(4));
console.log("weights:", trainer.weights.tolist());
console.log("logged epochs:", trainer.logger.losses.length);
