// Fits a linear regression with a momentum SGD optimiser whose weight and velocity fields are updated in place, logging losses in a module ring buffer.
import { array, zeros, NDArray } from "ndalias";

const LOSS_RING = zeros(4);
let lossCursor = 0;

function recordLoss(loss: number): number {
  LOSS_RING.set(lossCursor % LOSS_RING.size, loss);
  lossCursor++;
  const filled = Math.min(lossCursor, LOSS_RING.size);
  return LOSS_RING.slice(`:${filled}`).mean();
}

class MomentumSGD {
  weights: NDArray;
  velocity: NDArray;
  steps = 0;
  constructor(init: NDArray, readonly lr: number, readonly momentum: number) {
    this.weights = init.copy();
    this.velocity = zeros(init.size);
  }

  predict(x: NDArray): NDArray {
    const out = zeros(x.shape[0]);
    for (let i = 0; i < x.shape[0]; i++) out.set(i, x.slice(i).mul(this.weights).sum());
    return out;
  }

  step(x: NDArray, y: NDArray): number {
    const w = this.weights;
    const err = this.predict(x).sub(y);
    const before = Math.sqrt(w.mul(w).sum());
    const grad = zeros(w.size);
    for (let i = 0; i < x.shape[0]; i++) grad.iadd(x.slice(i).mul(err.get(i)));
    grad.idiv(x.shape[0]);

    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad.mul(this.lr));
    this.weights.isub(this.velocity);
    this.steps++;
    if (this.steps % 25 === 0) {
      console.log(`step ${this.steps}: |w| ${before.toFixed(3)} -> ${Math.sqrt(this.weights.mul(this.weights).sum()).toFixed(3)}`);
    }
    return err.mul(err).mean();
  }

  snapshot(): NDArray {
    return this.weights.copy();
  }

  reset(): void {
    this.velocity.fill(0);
  }
}

const features = array([
  [1, 0.5],
  [1, 1.5],
  [1, 2.0],
  [1, 3.5],
]);
const targets = array([1.9, 4.1, 5.0, 8.1]);
const initial = array([0, 0]);
const opt = new MomentumSGD(initial, 0.05, 0.8);

let smoothed = 0;
const early = opt.snapshot();
for (let epoch = 0; epoch < 100; epoch++) {
  smoothed = recordLoss(opt.step(features, targets));
  if (epoch === 49) opt.reset();
}
console.log("early weights:", early.tolist(), "fitted weights:", opt.weights.tolist());
console.log("initial guess kept:", initial.tolist(), "smoothed loss:", smoothed.toFixed(4));
console.log("predictions:", opt.predict(features).tolist());
