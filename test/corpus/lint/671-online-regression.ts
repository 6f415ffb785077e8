// Online linear regression with a replay buffer: streams noisy samples, trains on mini-batches with a decaying learning rate and logs the loss curve.
import { array, zeros, NDArray } from "ndalias";

const LOSS_LOG = zeros(64);
let logCursor = 0;

function logLoss(loss: number): number {
  LOSS_LOG.set(logCursor % LOSS_LOG.size, loss);
  logCursor++;
  return logCursor;
}

function clearLog(): number {
  const entries = Math.min(logCursor, LOSS_LOG.size);
  LOSS_LOG.fill(0);
  logCursor = 0;
  return entries;
}

function recentLoss(window: number): number {
  const n = Math.min(window, logCursor, LOSS_LOG.size);
  if (n === 0) return NaN;
  let total = 0;
  for (let k = 1; k <= n; k++) {
    total += LOSS_LOG.get((logCursor - k) % LOSS_LOG.size);
  }
  return total / n;
}

type Schedule = (step: number) => number;

const SCHEDULES: Record<string, Schedule> = {
  constant: () => 0.05,
  inverse: (step) => 0.1 / (1 + 0.05 * step),
  stepwise: (step) => (step < 20 ? 0.1 : 0.02),
};

class Lcg {
  private state: number;
  constructor(seed: number) {
    this.state = seed;
  }
  next(): number {
    this.state = (this.state * 1664525 + 1013904223) % 4294967296;
    return this.state / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

class ReplayBuffer {
  private readonly features: NDArray;
  private readonly targets: NDArray;
  private cursor = 0;
  private filled = 0;

  constructor(readonly capacity: number, readonly dim: number) {
    this.features = zeros([capacity, dim]);
    this.targets = zeros(capacity);
  }

  push(x: NDArray, y: number): number {
    const slot = this.cursor;
    this.features.slice(slot).assign(":", x);
    this.targets.set(slot, y);
    this.cursor = (this.cursor + 1) % this.capacity;
    this.filled = Math.min(this.filled + 1, this.capacity);
    return slot;
  }

  get size(): number {
    return this.filled;
  }

  sample(rng: Lcg, batch: number): { x: NDArray; y: NDArray } {
    const idx: number[] = [];
    for (let i = 0; i < batch; i++) idx.push(rng.int(this.filled));
    return { x: this.features.take(idx, 0), y: this.targets.take(idx) };
  }

  forgetOldest(count: number): number {
    const n = Math.min(count, this.filled);
    this.features.slice(`:${n}`).fill(0);
    this.targets.slice(`:${n}`).fill(0);
    return n;
  }
}

class LinearModel {
  readonly weights: NDArray;
  bias = 0;

  constructor(dim: number) {
    this.weights = zeros(dim);
  }

  predict(x: NDArray): NDArray {
    const out = zeros(x.shape[0]);
    for (let r = 0; r < x.shape[0]; r++) {
      out.set(r, x.slice(r).mul(this.weights).sum() + this.bias);
    }
    return out;
  }

  step(x: NDArray, y: NDArray, lr: number): number {
    const err = this.predict(x).sub(y);
    const grad = zeros(this.weights.size);
    for (let c = 0; c < grad.size; c++) {
      grad.set(c, x.slice(":", c).mul(err).mean());
    }
    this.weights.isub(grad.mul(lr));
    this.bias -= lr * err.mean();
    return err.mul(err).mean();
  }

  shrink(factor: number): number {
    this.weights.imul(factor);
    return this.weights.sum();
  }
}

function makeSample(rng: Lcg, trueWeights: NDArray, noise: number): { x: NDArray; y: number } {
  const x = zeros(trueWeights.size);
  for (let c = 0; c < x.size; c++) x.set(c, rng.next() * 2 - 1);
  const y = x.mul(trueWeights).sum() + 0.5 + (rng.next() - 0.5) * noise;
  return { x, y };
}

function train(model: LinearModel, buffer: ReplayBuffer, rng: Lcg, steps: number, schedule: Schedule): number {
  let last = NaN;
  for (let s = 0; s < steps; s++) {
    if (buffer.size < 8) continue;
    const batch = buffer.sample(rng, 8);
    batch.x.imul(1 + (rng.next() - 0.5) * 0.02);
    last = model.step(batch.x, batch.y, schedule(s));
    logLoss(last);
  }
  return last;
}

const rng = new Lcg(2024);
const trueWeights = array([1.5, -2.0, 0.7]);
const buffer = new ReplayBuffer(32, trueWeights.size);
const model = new LinearModel(trueWeights.size);

for (let i = 0; i < 40; i++) {
  const { x, y } = makeSample(rng, trueWeights, 0.1);
  buffer.push(x, y);
}

const finalLoss = train(model, buffer, rng, 60, SCHEDULES.inverse);
console.log("final loss:", finalLoss.toFixed(5), "recent mean:", recentLoss(10).toFixed(5));
console.log("learned weights:", model.weights.tolist(), "bias:", model.bias.toFixed(3));

console.log("weight sum after shrink:", model.shrink(0.99).toFixed(4));
console.log("forgot", buffer.forgetOldest(4), "samples; cleared", clearLog(), "log entries");

// Design matrix with an explicit bias column, filled column block by column block.
const design = zeros([4, trueWeights.size + 1]);
design.slice(":", 0).fill(1);
design.slice(":", "1:").assign(":", array([
  [0.1, 0.2, 0.3],
  [0.4, -0.1, 0.0],
  [-0.3, 0.5, 0.2],
  [0.0, 0.0, 1.0],
]));
design.T.slice(1).imul(2);
const coefficients = array([model.bias, ...(model.weights.tolist() as number[])]);
const predictions = zeros(design.shape[0]);
for (let r = 0; r < design.shape[0]; r++) {
  predictions.set(r, design.slice(r).mul(coefficients).sum());
}
console.log("design predictions:", predictions.tolist());
console.log("design matrix:", design.tolist());
