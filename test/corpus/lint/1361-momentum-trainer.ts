// Training service: a trainer drives an injected momentum-SGD optimiser over a linear model, clipping gradients and shrinking the head.
import { array, zeros, NDArray } from "ndalias";

class LinearModel {
  weights: NDArray;
  bias = 0;

  constructor(nFeatures: number) {
    this.weights = zeros(nFeatures);
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum() + this.bias;
  }
}

class MomentumSGD {
  private velocity: NDArray;

  constructor(
    private readonly model: LinearModel,
    private readonly lr: number,
    private readonly beta: number,
  ) {
    this.velocity = zeros(model.weights.size);
  }

  // Scales the gradient down when its norm exceeds maxNorm; returns the norm before clipping.
  clipGradient(grad: NDArray, maxNorm: number): number {
    const norm = Math.sqrt(grad.mul(grad).sum());
    if (norm > maxNorm) {
      grad.imul(maxNorm / norm); // expect: no-alias-mutation
    }
    return norm;
  }

  // Applies one update and returns the length of the step taken.
  step(grad: NDArray): number {
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad.mul(this.lr));
    const update = this.velocity;
    this.model.weights.isub(update);
    return Math.sqrt(update.mul(update).sum());
  }

  resetVelocity(): void {
    this.velocity.fill(0);
  }
}

class Trainer {
  private readonly history: number[] = [];

  constructor(
    private readonly model: LinearModel,
    private readonly optimizer: MomentumSGD,
    private readonly headSize: number,
  ) {}

  epoch(xs: NDArray, ys: NDArray): number {
    let loss = 0;
    for (let i = 0; i < xs.shape[0]; i++) {
      const x = xs.slice(i);
      const err = this.model.predict(x) - Number(ys.get(i));
      loss += err * err;
      const grad = x.mul(2 * err);
      const rawNorm = this.optimizer.clipGradient(grad, 5);
      this.history.push(rawNorm);
      this.optimizer.step(grad);
      this.model.bias -= 0.01 * err;
    }
    return loss / xs.shape[0];
  }

  // Regularises the first features harder than the rest; returns the remaining weight mass.
  shrinkHead(factor: number): number {
    const head = this.model.weights.slice(`:${this.headSize}`);
    head.imul(factor); // expect: no-view-mutation
    return this.model.weights.sum();
  }

  meanGradientNorm(): number {
    const norms = array(this.history);
    return norms.mean();
  }
}

const xs = array([
  [1, 0, 2, 1],
  [0, 1, 1, 3],
  [2, 2, 0, 1],
  [1, 3, 1, 0],
  [3, 1, 2, 2],
]);
const ys = array([4, 6, 5, 7, 9]);

const model = new LinearModel(4);
const optimizer = new MomentumSGD(model, 0.02, 0.9);
const trainer = new Trainer(model, optimizer, 2);

for (let e = 0; e < 20; e++) {
  const loss = trainer.epoch(xs, ys);
  if (e % 5 === 0) {
    console.log(`epoch ${e}: loss=${loss.toFixed(4)}`);
  }
}
optimizer.resetVelocity();

console.log("weight mass after shrinking:", trainer.shrinkHead(0.5));
console.log("mean gradient norm:", trainer.meanGradientNorm().toFixed(3));
console.log("weights:", model.weights.tolist(), "bias:", model.bias.toFixed(3));
