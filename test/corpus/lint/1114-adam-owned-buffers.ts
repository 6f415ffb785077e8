// Adam optimiser that owns copies of its parameters and moment buffers and updates them in place through its own fields.
import { array, zeros, NDArray } from "ndalias";

class Adam {
  private params: NDArray;
  private m: NDArray;
  private v: NDArray;
  private t = 0;

  constructor(
    initial: NDArray,
    private readonly lr = 0.05,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly eps = 1e-8,
  ) {
    this.params = initial.copy();
    this.m = zeros(initial.size);
    this.v = zeros(initial.size);
  }

  get parameters(): NDArray {
    return this.params.copy();
  }

  momentNorm(): number {
    const m = this.m;
    return Math.sqrt(m.mul(m).sum());
  }

  step(grad: NDArray): number {
    const previousMoment = this.m;
    const trend = previousMoment.mul(grad).sum();
    this.t += 1;
    this.m.imul(this.beta1);
    this.m.iadd(grad.mul(1 - this.beta1));
    this.v.imul(this.beta2);
    this.v.iadd(grad.mul(grad).mul(1 - this.beta2));
    const mHat = this.m.div(1 - this.beta1 ** this.t);
    const vHat = this.v.div(1 - this.beta2 ** this.t);
    const update = zeros(this.params.size);
    for (let i = 0; i < update.size; i++) {
      update.set(i, (this.lr * mHat.get(i)) / (Math.sqrt(vHat.get(i)) + this.eps));
    }
    this.params.isub(update);
    return trend;
  }

  clipParameters(limit: number): number {
    let clipped = 0;
    for (let i = 0; i < this.params.size; i++) {
      const p = this.params.get(i);
      if (Math.abs(p) > limit) {
        this.params.set(i, Math.sign(p) * limit);
        clipped += 1;
      }
    }
    return clipped;
  }

  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
  }
}

function quadraticGrad(x: NDArray, target: NDArray): NDArray {
  const g = x.sub(target);
  g.imul(2);
  return g;
}

function loss(x: NDArray, target: NDArray): number {
  const d = x.sub(target);
  return d.mul(d).sum();
}

const start = array([3.0, -2.0, 0.5]);
const target = array([1.0, 1.0, 1.0]);
const opt = new Adam(start);

// The caller may reuse its starting vector: the optimiser copied it.
start.fill(0);
console.log("caller's start vector reset:", start.tolist());

for (let it = 0; it < 60; it++) {
  const x = opt.parameters;
  const trend = opt.step(quadraticGrad(x, target));
  if (it % 20 === 0) {
    console.log(`iter ${it}: loss=${loss(x, target).toFixed(4)} trend=${trend.toFixed(4)}`);
  }
}
console.log("moment norm:", opt.momentNorm().toFixed(4));

const clipped = opt.clipParameters(1.05);
console.log("clipped", clipped, "parameters:", opt.parameters.tolist());

// A read-only look at the final parameters through an alias and a view.
const final = opt.parameters;
const alias = final;
const firstTwo = final.slice(":2");
console.log("final loss:", loss(alias, target).toFixed(5), "first two:", firstTwo.tolist());

opt.reset();
console.log("after reset, moment norm:", opt.momentNorm());
