// Training utilities: momentum SGD updates its own fields in place, exports and clipped gradients are written copies that get used, and a fine-tune reset zeroes a float32 conversion instead of the momentum buffer.
import { array, zeros, NDArray } from "ndalias";

class Optimiser {
  readonly weights: NDArray;
  readonly momentum: NDArray;
  constructor(n: number, readonly lr: number) {
    this.weights = zeros(n);
    this.momentum = zeros(n);
  }
  step(grad: NDArray): void {
    this.momentum.imul(0.9);
    this.momentum.iadd(grad);
    this.weights.isub(this.momentum.mul(this.lr));
  }
  clearMomentum(): void {
    this.momentum.ravel().fill(0);
  }
  resetForFineTune(): void {
    this.momentum.astype("float32").fill(0); // expect: no-lost-write
  }
  exportFloat32(scale: number): NDArray {
    const q = this.weights.astype("float32");
    q.imul(scale);
    return q;
  }
}

function clipGradient(grad: NDArray, limit: number): NDArray {
  const clipped = grad.copy();
  for (let i = 0; i < clipped.size; i++) {
    const g = clipped.get(i);
    if (Math.abs(g) > limit) clipped.set(i, Math.sign(g) * limit);
  }
  return clipped;
}

const opt = new Optimiser(4, 0.1);
const grads = [array([0.5, -2, 0.1, 3]), array([0.2, 0.2, -0.4, -5]), array([1, 1, 1, 1])];
for (const g of grads) {
  opt.step(clipGradient(g, 1));
}
console.log("weights:", opt.weights.tolist(), "momentum:", opt.momentum.tolist());

const scratch = zeros(4);
scratch.fill(1);

const picked = opt.weights.take([0, 3]);
picked.imul(100);
console.log("first/last weights (x100):", picked.tolist());

const exported = opt.exportFloat32(2);
console.log("exported dtype:", exported.dtype, "values:", exported.tolist());

opt.resetForFineTune();
console.log("momentum before fine-tuning:", opt.momentum.tolist());
opt.clearMomentum();
console.log("momentum after clear:", opt.momentum.tolist(), "raw gradients:", grads.map((g) => g.max()));
