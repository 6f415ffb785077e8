// Fits a small linear model with SGD, rolling the weights back from a checkpoint copy whenever a step diverges.
import { array, zeros, NDArray } from "ndalias";

interface StepResult {
  loss: number;
  rolledBack: boolean;
}

interface Sample {
  x: NDArray;
  y: number;
}

class Trainer {
  weights: NDArray;
  bias = 0;
  private lr: number;
  private readonly history: number[] = [];

  constructor(features: number, { lr = 0.05, init }: { lr?: number; init?: number } = {}) {
    this.weights = zeros(features);
    this.lr = lr;
    if (init !== undefined) {
      this.weights.fill(init);
    }
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum() + this.bias;
  }

  loss(samples: Sample[]): number {
    let total = 0;
    for (const { x, y } of samples) {
      const err = this.predict(x) - y;
      total += err * err;
    }
    return total / Math.max(samples.length, 1);
  }

  gradient(samples: Sample[]): { gw: NDArray; gb: number } {
    const gw = zeros(this.weights.size);
    let gb = 0;
    for (const { x, y } of samples) {
      const err = this.predict(x) - y;
      gw.iadd(x.mul((2 * err) / samples.length));
      gb += (2 * err) / samples.length;
    }
    return { gw, gb };
  }

  step(samples: Sample[]): StepResult {
    const checkpoint = this.weights.copy();
    const checkpointBias = this.bias;
    const before = this.loss(samples);
    try {
      const { gw, gb } = this.gradient(samples);
      this.weights.isub(gw.mul(this.lr));
      this.bias -= gb * this.lr;
      const after = this.loss(samples);
      if (!Number.isFinite(after) || after > before * 4) {
        throw new RangeError(`step diverged: loss ${before} -> ${after}`);
      }
      return { loss: after, rolledBack: false };
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      this.weights.assign(":", checkpoint);
      this.bias = checkpointBias;
      this.lr /= 2;
      return { loss: before, rolledBack: true };
    } finally {
      this.history.push(this.weights.sum());
    }
  }

  get trace(): readonly number[] {
    return this.history;
  }
}

const truth = array([1.5, -2, 0.5]);
const samples: Sample[] = Array.from({ length: 12 }, (_, i) => {
  const x = array([Math.sin(i), Math.cos(i), (i % 4) - 1.5]);
  return { x, y: x.mul(truth).sum() + 0.25 };
});

const trainer = new Trainer(3, { lr: 0.4 });
const { weights: startWeights } = trainer;
console.log("initial weights:", startWeights.tolist(), "initial loss:", trainer.loss(samples));

let rollbacks = 0;
let lastLoss = Infinity;
training: for (let epoch = 0; epoch < 40; epoch++) {
  const result = trainer.step(samples);
  if (result.rolledBack) {
    rollbacks++;
    if (rollbacks > 5) break training;
    continue training;
  }
  if (Math.abs(lastLoss - result.loss) < 1e-9) break training;
  lastLoss = result.loss;
}

console.log("learned weights:", trainer.weights.tolist(), "bias:", trainer.bias.toFixed(3));
console.log("rollbacks:", rollbacks, "final loss:", trainer.loss(samples).toFixed(6));
console.log("weight-sum trace length:", trainer.trace.length);
