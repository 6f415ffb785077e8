// Keeps a linked history of training checkpoints with copied weights, rolls back to the best one and reports the history.
import { array, zeros, NDArray } from "ndalias";

class Checkpoint {
  readonly weights: NDArray;
  previous: Checkpoint | null = null;

  constructor(
    weights: NDArray,
    readonly epoch: number,
    readonly valLoss: number,
  ) {
    this.weights = weights.copy();
  }
}

class CheckpointHistory {
  latest: Checkpoint | null = null;
  count = 0;

  push(weights: NDArray, epoch: number, valLoss: number): void {
    const ckpt = new Checkpoint(weights, epoch, valLoss);
    ckpt.previous = this.latest;
    this.latest = ckpt;
    this.count += 1;
  }

  best(): Checkpoint | null {
    let node = this.latest;
    let bestNode: Checkpoint | null = null;
    while (node) {
      if (!bestNode || node.valLoss < bestNode.valLoss) bestNode = node;
      node = node.previous;
    }
    return bestNode;
  }
}

class MetricsReporter {
  constructor(readonly history: CheckpointHistory) {}

  summary(): string {
    const parts: string[] = [];
    let node = this.history.latest;
    while (node) {
      parts.push(`${node.epoch}:${node.valLoss.toFixed(3)}`);
      node = node.previous;
    }
    return parts.reverse().join(" ");
  }
}

function validationLoss(w: NDArray): number {
  // A bowl with its minimum at (1, -2) plus a ridge that makes later epochs overshoot.
  const dx = w.get(0) - 1;
  const dy = w.get(1) + 2;
  return dx * dx + dy * dy + 0.1 * Math.sin(5 * w.get(0));
}

function gradientAt(w: NDArray): NDArray {
  const g = zeros(2);
  g.set(0, 2 * (w.get(0) - 1) + 0.5 * Math.cos(5 * w.get(0)));
  g.set(1, 2 * (w.get(1) + 2));
  return g;
}

const weights = array([3.0, 1.5]);
const history = new CheckpointHistory();
const reporter = new MetricsReporter(history);

for (let epoch = 0; epoch < 12; epoch++) {
  const lr = epoch < 6 ? 0.3 : 0.95;
  weights.isub(gradientAt(weights).mul(lr));
  history.push(weights, epoch, validationLoss(weights));
}

// Name made after the last update: it reports the final weights on purpose.
const finalWeights = weights;
console.log("final weights:", finalWeights.tolist(), "loss:", validationLoss(finalWeights).toFixed(4));

const bestCheckpoint = history.best();
if (bestCheckpoint) {
  weights.assign(":", bestCheckpoint.weights);
  console.log(`rolled back to epoch ${bestCheckpoint.epoch} (loss ${bestCheckpoint.valLoss.toFixed(4)})`);
}

// Evaluate a few interpolations between the best and the final checkpoint on fresh arrays.
const lastCheckpoint = history.latest;
if (bestCheckpoint && lastCheckpoint) {
  for (const alpha of [0.25, 0.5, 0.75]) {
    const mix = bestCheckpoint.weights.mul(1 - alpha);
    mix.iadd(lastCheckpoint.weights.mul(alpha));
    console.log(`alpha ${alpha}: loss ${validationLoss(mix).toFixed(4)}`);
  }
}

console.log("checkpoints:", history.count, "history:", reporter.summary());
console.log("weights in use:", weights.tolist());
