// An optimiser over a layer hierarchy: subclasses update their own weights in place and hand out copies to callers.
import { array, NDArray } from "ndalias";

abstract class Layer {
  protected weights: NDArray;

  constructor(init: number[]) {
    this.weights = array(init);
  }

  cloneWeights(): NDArray {
    return this.weights.copy();
  }

  abstract step(grad: NDArray, lr: number): void;
}

class SgdLayer extends Layer {
  step(grad: NDArray, lr: number): void {
    this.weights.isub(grad.mul(lr));
  }

  clipped(limit: number): NDArray {
    const out = this.cloneWeights();
    for (let i = 0; i < out.size; i++) {
      out.set(i, Math.max(-limit, Math.min(limit, out.get(i) as number)));
    }
    return out;
  }
}

class MomentumLayer extends SgdLayer {
  private velocity: NDArray;

  constructor(init: number[], private readonly beta: number) {
    super(init);
    this.velocity = this.weights.mul(0);
  }

  step(grad: NDArray, lr: number): void {
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad);
    this.weights.isub(this.velocity.mul(lr));
  }

  freezeFirst(): number {
    this.weights.slice(":1").fill(0);
    this.velocity.slice(":1").fill(0);
    return this.weights.sum();
  }

  scaledVelocity(k: number): NDArray {
    const v = this.velocity.mul(k);
    v.iadd(1e-8);
    return v;
  }
}

const grad = array([0.1, -0.2, 0.05]);
const sgd = new SgdLayer([0.5, -1.5, 2.5]);
const before = sgd.cloneWeights();
before.imul(100);
sgd.step(grad, 0.1);
console.log("before (%):", before.tolist(), "clipped:", sgd.clipped(1).tolist());

const mom = new MomentumLayer([1, 2, 3], 0.9);
for (let i = 0; i < 3; i++) mom.step(grad, 0.01);
console.log("frozen total:", mom.freezeFirst());
console.log("velocity x10:", mom.scaledVelocity(10).tolist());
console.log("momentum weights:", mom.cloneWeights().tolist());
