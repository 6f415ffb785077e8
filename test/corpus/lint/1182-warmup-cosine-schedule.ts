// Builds a warmup-plus-cosine learning-rate schedule, drives a small SGD run with it and reports the schedule and the loss.
import { array, zeros, NDArray } from "ndalias";

class WarmupCosineSchedule {
  readonly lrs: NDArray;

  constructor(
    readonly baseLr: number,
    readonly warmupSteps: number,
    readonly totalSteps: number,
  ) {
    this.lrs = zeros(totalSteps);
    for (let s = 0; s < totalSteps; s++) {
      if (s < warmupSteps) {
        this.lrs.set(s, (baseLr * (s + 1)) / warmupSteps);
      } else {
        const progress = (s - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
        this.lrs.set(s, 0.5 * baseLr * (1 + Math.cos(Math.PI * progress)));
      }
    }
  }

  at(step: number): number {
    return this.lrs.get(Math.min(step, this.lrs.size - 1));
  }

  // A rescaled schedule for fine-tuning; the original schedule is not changed.
  scaled(factor: number): NDArray {
    const out = this.lrs.copy();
    out.imul(factor);
    return out;
  }

  setFloor(minLr: number): void {
    for (let s = 0; s < this.lrs.size; s++) {
      if (this.lrs.get(s) < minLr) this.lrs.set(s, minLr);
    }
  }
}

function lossAndGrad(w: NDArray, xs: NDArray, ys: NDArray): [number, NDArray] {
  const n = xs.shape[0];
  const grad = zeros(w.size);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let pred = 0;
    for (let j = 0; j < w.size; j++) pred += w.get(j) * xs.get(i, j);
    const err = pred - ys.get(i);
    loss += err * err;
    for (let j = 0; j < w.size; j++) {
      grad.set(j, grad.get(j) + (2 * err * xs.get(i, j)) / n);
    }
  }
  return [loss / n, grad];
}

const schedule = new WarmupCosineSchedule(0.1, 5, 30);
const finetuneLrs = schedule.scaled(0.1);

// Inspect the tail before changing it; the view is not used again afterwards.
const tail = schedule.lrs.slice("25:");
console.log("tail before floor:", tail.tolist(), "peak:", schedule.lrs.max());

// Keep the last steps at a small constant rate (the a[25:] = x idiom).
schedule.lrs.slice("25:").fill(0.002);
schedule.setFloor(0.001);

// A name made after the writes sees the final schedule by design.
const finalTail = schedule.lrs.slice("-5:");
console.log("tail after floor:", finalTail.tolist());

const xs = array([
  [1, 0.5],
  [0.3, -1.2],
  [-0.7, 0.8],
  [1.4, 0.1],
]);
const ys = array([1.5, -0.9, 0.2, 1.6]);

const w = zeros(2);
const losses = zeros(schedule.totalSteps);
for (let step = 0; step < schedule.totalSteps; step++) {
  const [loss, grad] = lossAndGrad(w, xs, ys);
  losses.set(step, loss);
  w.isub(grad.mul(schedule.at(step)));
}

// Fine-tune a separate copy of the weights with the rescaled schedule.
let tuned = w.copy();
for (let step = 0; step < 10; step++) {
  const [, grad] = lossAndGrad(tuned, xs, ys);
  tuned = tuned.sub(grad.mul(finetuneLrs.get(step)));
}

console.log("fine-tune lrs (first 5):", finetuneLrs.slice(":5").tolist());
console.log("loss first/last:", losses.get(0).toFixed(4), losses.get(schedule.totalSteps - 1).toFixed(4));
console.log("weights:", w.tolist(), "tuned:", tuned.tolist());
console.log("mean lr:", schedule.lrs.mean().toFixed(5));
