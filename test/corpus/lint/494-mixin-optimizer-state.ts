// Optimizer state built from class-expression mixins: each mixin allocates its own buffers, so momentum and variance never share memory with the weights.
import { array, zeros, NDArray } from "ndalias";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctor<T = object> = new (...args: any[]) => T;

class Params {
  weights: NDArray;
  constructor(init: number[]) {
    this.weights = array(init);
  }
}

const WithMomentum = <B extends Ctor<Params>>(Base: B) =>
  class extends Base {
    velocity = zeros(this.weights.size);
    momentumStep(grad: NDArray, lr: number): void {
      this.velocity.imul(0.9);
      this.velocity.iadd(grad);
      this.weights.isub(this.velocity.mul(lr));
    }
    decayed(f: number): number {
      this.velocity.imul(f);
      return this.velocity.sum();
    }
  };

const WithVariance = <B extends Ctor<Params>>(Base: B) =>
  class extends Base {
    variance = zeros(this.weights.size);
    trackVariance(grad: NDArray): NDArray {
      this.variance.imul(0.99);
      this.variance.iadd(grad.mul(grad).mul(0.01));
      return this.variance.copy();
    }
  };

class Optimizer extends WithVariance(WithMomentum(Params)) {
  static readonly kind = Symbol("optimizer");
  get [Symbol.toStringTag](): string {
    return "Optimizer";
  }
}

const opt = new Optimizer([0.5, -0.3, 0.8]);
const grad = array([0.1, -0.2, 0.05]);
opt.momentumStep(grad, 0.1);
const varSnapshot = opt.trackVariance(grad);
varSnapshot.imul(1e4);
console.log("weights:", opt.weights.tolist());
console.log("variance x1e4:", varSnapshot.tolist(), "velocity after decay:", opt.decayed(0.5));

const left = zeros(4);
const right = zeros(4);
right.fill(1);
left.iadd(right);
left.set(0, 7);
console.log(String(opt), "left:", left.tolist(), "right:", right.tolist());
