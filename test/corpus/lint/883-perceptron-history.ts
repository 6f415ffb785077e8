// Trains a tiny perceptron, keeps a loss history in a module buffer and a checkpoint table, and prints the learned weights.
import { array, zeros, empty, NDArray } from "ndalias";

// loss of the last 5 epochs (module-level ring buffer)
const HISTORY = zeros(5);
let historyPos = 0;

function recordLoss(loss: number): void {
  HISTORY.set(historyPos % HISTORY.size, loss);
  historyPos++;
}

function clearHistory(): number {
  const last = HISTORY.max();
  HISTORY.fill(0);
  historyPos = 0;
  return last;
}

// log entries form a singly linked list, they hold plain numbers only
class LogEntry {
  next: LogEntry | null = null;
  constructor(readonly epoch: number, readonly loss: number) {}
}

class Perceptron {
  weights: NDArray;
  bias = 0;
  // previous model of an ensemble chain, never pointing back
  previous: Perceptron | null = null;

  constructor(features: number) {
    this.weights = zeros(features);
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum() + this.bias > 0 ? 1 : 0;
  }

  // one perceptron update, returns the error (0 when correct)
  update(x: NDArray, target: number, lr: number): number {
    const err = target - this.predict(x);
    if (err !== 0) {
      this.weights.iadd(x.mul(lr * err));
      this.bias += lr * err;
    }
    return err;
  }

  // weight decay on the model's own weights
  decay(k: number): number {
    this.weights.imul(k);
    return this.weights.sum();
  }
}

const samples = array([[2, 1], [1, 3], [-1, -2], [-2, 0.5], [3, -1]]);
const labels = [1, 1, 0, 0, 1];

const model = new Perceptron(2);
const checkpoints = empty(3, "object");
let head: LogEntry | null = null;
let tail: LogEntry | null = null;

for (let epoch = 0; epoch < 6; epoch++) {
  let mistakes = 0;
  for (let i = 0; i < labels.length; i++) {
    const err = model.update(samples.slice(i), labels[i], 0.1);
    if (err !== 0) mistakes++;
  }
  recordLoss(mistakes / labels.length);
  const entry = new LogEntry(epoch, mistakes / labels.length);
  if (tail === null) {
    head = entry;
  } else {
    tail.next = entry;
  }
  tail = entry;
  // keep copies of the weights of the first three epochs
  if (epoch < checkpoints.size) {
    checkpoints.set(epoch, model.weights.copy());
  }
}

// a second model continues from the first one (one direction only)
const successor = new Perceptron(2);
successor.previous = model;
successor.weights.iadd(model.weights);

console.log("weight norm after decay:", model.decay(0.9).toFixed(3));
for (let e: LogEntry | null = head; e !== null; e = e.next) {
  console.log(`epoch ${e.epoch}: error rate ${e.loss.toFixed(2)}`);
}
console.log("loss history:", HISTORY.tolist());
console.log("checkpoint 0:", (checkpoints.get(0) as NDArray).tolist());
console.log("weights:", model.weights.tolist(), "bias:", model.bias.toFixed(2));
console.log("successor weights:", successor.weights.tolist());
console.log("largest recent loss:", clearHistory());
