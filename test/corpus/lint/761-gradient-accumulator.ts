// Gradient accumulation for a linear model: micro-batch gradients, norm clipping, momentum updates and snapshots.
import { array, zeros, NDArray } from "ndalias";

/** Adds small deterministic jitter to a buffer in place (used to break symmetry). */
function jitterInPlace(target: NDArray, scale: number): void {
  for (let i = 0; i < target.size; i++) {
    target.data[i] = (target.data[i] as number) + scale * Math.cos(i * 2.3);
  }
}

class LinearModel {
  weights: NDArray;
  private grad: NDArray;
  private momentum: NDArray;
  private microBatches = 0;

  static zerosLike(features: number): LinearModel {
    return new LinearModel(zeros(features));
  }

  constructor(initial: NDArray) {
    this.weights = initial.copy();
    this.grad = zeros(initial.size);
    this.momentum = zeros(initial.size);
    jitterInPlace(this.weights, 0.01);
  }

  predict(x: NDArray): number {
    return x.mul(this.weights).sum();
  }

  accumulate(x: NDArray, y: number): number {
    const err = this.predict(x) - y;
    this.grad.iadd(x.mul(2 * err));
    this.microBatches++;
    return err * err;
  }

  gradientSnapshot(): NDArray {
    const g = this.grad.copy();
    g.idiv(this.microBatches || 1);
    return g;
  }

  clipAndStep(lr: number, beta: number, maxNorm: number): number {
    this.grad.idiv(this.microBatches || 1);
    const norm = Math.sqrt(this.grad.mul(this.grad).sum());
    if (norm > maxNorm) {
      const clipped = this.grad.astype("float64");
      clipped.imul(maxNorm / norm); // expect: no-lost-write
    }
    this.momentum.imul(beta);
    this.momentum.iadd(this.grad.mul(1 - beta));
    this.weights.isub(this.momentum.mul(lr));
    this.grad.fill(0);
    this.microBatches = 0;
    return norm;
  }

  l2Penalty(lambda: number): number {
    return lambda * this.weights.mul(this.weights).sum();
  }

  momentumNorm(): number {
    const m = this.momentum.copy();
    m.imul(m);
    return Math.sqrt(m.sum());
  }
}

const samples = [
  { x: array([1, 0.5, -1]), y: 2.0 },
  { x: array([0.2, 1.5, 0.3]), y: 1.1 },
  { x: array([-0.7, 0.4, 2.0]), y: -0.6 },
  { x: array([1.2, -0.3, 0.8]), y: 1.9 },
];

const model = LinearModel.zerosLike(3);
const history: number[] = [];

for (let epoch = 0; epoch < 4; epoch++) {
  let loss = 0;
  for (const { x, y } of samples) {
    loss += model.accumulate(x, y);
  }
  const preview = model.gradientSnapshot();
  preview.imul(-1);
  console.log(`epoch ${epoch} descent direction:`, preview.tolist());
  const norm = model.clipAndStep(0.05, 0.9, 1.0);
  history.push(loss / samples.length);
  console.log(`epoch ${epoch}: loss ${history[epoch].toFixed(4)} grad norm ${norm.toFixed(4)}`);
}

const exported = model.weights.copy();
exported.imul(100);
jitterInPlace(exported, 0.5);
console.log("exported weights (x100, jittered):", exported.tolist());
console.log("model weights:", model.weights.tolist(), "momentum norm:", model.momentumNorm().toFixed(4));

const probe = zeros(3);
probe.set(1, 1);
console.log("prediction for unit feature 1:", model.predict(probe).toFixed(4));
console.log("loss curve:", history.map((l) => l.toFixed(3)).join(" -> "));
console.log("L2 penalty (1e-2):", model.l2Penalty(1e-2).toExponential(3));
