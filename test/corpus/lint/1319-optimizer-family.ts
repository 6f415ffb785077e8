// A family of first-order optimizers behind one abstract interface, and a trainer that runs each of them on a quadratic loss.
import { array, zeros, NDArray } from "ndalias";

abstract class Optimizer {
  static stepsTaken = 0;

  constructor(protected readonly lr: number) {}

  abstract update(params: NDArray, grad: NDArray): NDArray;

  protected clipped(grad: NDArray, limit: number): NDArray {
    const g = grad.copy();
    for (let i = 0; i < g.size; i++) {
      const v = g.get(i);
      if (Math.abs(v) > limit) g.set(i, Math.sign(v) * limit);
    }
    return g;
  }

  get name(): string {
    return this.constructor.name;
  }
}

class PlainSGD extends Optimizer {
  update(params: NDArray, grad: NDArray): NDArray {
    params.isub(grad.mul(this.lr)); // expect: no-alias-mutation
    Optimizer.stepsTaken++;
    return params;
  }
}

class ClippedSGD extends Optimizer {
  constructor(lr: number, private readonly limit: number) {
    super(lr);
  }

  update(params: NDArray, grad: NDArray): NDArray {
    const g = this.clipped(grad, this.limit);
    Optimizer.stepsTaken++;
    return params.sub(g.mul(this.lr));
  }
}

class BiasFreeSGD extends Optimizer {
  update(params: NDArray, grad: NDArray): NDArray {
    const biasGrad = grad.slice("-1:");
    biasGrad.fill(0); // expect: no-view-mutation
    Optimizer.stepsTaken++;
    return params.sub(grad.mul(this.lr));
  }
}

class MaskedSGD extends Optimizer {
  update(params: NDArray, grad: NDArray): NDArray {
    const g = grad.copy();
    g.slice(":1").fill(0);
    Optimizer.stepsTaken++;
    return params.sub(g.mul(this.lr));
  }
}

class Momentum extends Optimizer {
  private velocity: NDArray | null = null;

  constructor(lr: number, private readonly beta: number) {
    super(lr);
  }

  update(params: NDArray, grad: NDArray): NDArray {
    if (this.velocity === null) this.velocity = zeros(params.size);
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad.mul(this.lr));
    Optimizer.stepsTaken++;
    return params.sub(this.velocity);
  }
}

class Trainer {
  weights: NDArray;
  private readonly target: NDArray;
  history: number[] = [];

  constructor(init: NDArray, target: NDArray, private readonly opt: Optimizer) {
    this.weights = init.copy();
    this.target = target.copy();
  }

  loss(): number {
    const diff = this.weights.sub(this.target);
    return diff.mul(diff).sum();
  }

  gradient(): NDArray {
    return this.weights.sub(this.target).mul(2);
  }

  step(): number {
    const grad = this.gradient();
    this.weights = this.opt.update(this.weights, grad);
    const l = this.loss();
    this.history.push(l);
    return l;
  }

  run(epochs: number): number {
    let l = this.loss();
    for (let e = 0; e < epochs; e++) l = this.step();
    return l;
  }
}

const init = array([1.5, -0.5, 2.0]);
const target = array([0.0, 1.0, 0.5]);
const optimizers: Optimizer[] = [
  new PlainSGD(0.1),
  new ClippedSGD(0.1, 0.5),
  new BiasFreeSGD(0.1),
  new MaskedSGD(0.1),
  new Momentum(0.05, 0.9),
];

for (const opt of optimizers) {
  const trainer = new Trainer(init, target, opt);
  const final = trainer.run(20);
  console.log(`${opt.name}: loss ${final.toFixed(5)} weights ${trainer.weights.tolist()}`);
}
console.log("initial weights still:", init.tolist(), "steps:", Optimizer.stepsTaken);
