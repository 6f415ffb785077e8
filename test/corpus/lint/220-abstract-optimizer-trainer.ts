// Optimiser hierarchy for a linear model: an abstract base counts steps and delegates to subclasses that update the parameters they are given in place, a trainer owns the weights, and checkpoints form a parent chain.
import { array, zeros, NDArray } from "ndalias";

abstract class Optimizer {
  static readonly registry = new Map<string, () => Optimizer>();
  #steps = 0;
  constructor(protected lr: number) {}
  abstract get name(): string;
  protected abstract update(params: NDArray, grad: NDArray): void;
  step(params: NDArray, grad: NDArray): void {
    this.#steps++;
    this.update(params, grad);
  }
  get steps(): number {
    return this.#steps;
  }
}

class Sgd extends Optimizer {
  get name(): string {
    return "sgd";
  }
  protected update(params: NDArray, grad: NDArray): void {
    params.isub(grad.mul(this.lr));
  }
}

class Momentum extends Sgd {
  #velocity: NDArray | null = null;
  constructor(lr: number, readonly mu = 0.9) {
    super(lr);
  }
  override get name(): string {
    return `momentum(${this.mu})`;
  }
  protected override update(params: NDArray, grad: NDArray): void {
    this.#velocity ??= zeros(params.shape);
    this.#velocity.imul(this.mu);
    this.#velocity.iadd(grad);
    super.update(params, this.#velocity);
  }
  get velocity(): NDArray | undefined {
    return this.#velocity?.copy();
  }
}

Optimizer.registry.set("sgd", () => new Sgd(0.05));
Optimizer.registry.set("momentum", () => new Momentum(0.02));

class Checkpoint {
  constructor(readonly weights: NDArray, readonly parent: Checkpoint | null) {}
  get depth(): number {
    return this.parent ? this.parent.depth + 1 : 0;
  }
}

class Trainer {
  readonly weights: NDArray;
  #last: Checkpoint | null = null;
  constructor(readonly opt: Optimizer, dim: number) {
    this.weights = zeros(dim);
  }
  fit(xs: NDArray, ys: NDArray, epochs: number): number {
    let loss = 0;
    for (let e = 0; e < epochs; e++) {
      loss = 0;
      for (let i = 0; i < xs.shape[0]; i++) {
        const x = xs.slice(i);
        const err = this.weights.mul(x).sum() - ys.get(i);
        this.opt.step(this.weights, x.mul(2 * err));
        loss += err * err;
      }
      if (e % 10 === 9) this.#last = new Checkpoint(this.weights.copy(), this.#last);
    }
    return loss / xs.shape[0];
  }
  get history(): number {
    return this.#last?.depth ?? -1;
  }
}

const make = Optimizer.registry.get("momentum") ?? (() => new Sgd(0.01));
const trainer = new Trainer(make(), 2);
const xs = array([[1, 0], [0, 1], [1, 1], [2, 1]]);
const ys = array([1, -1, 0, 1]);
const finalLoss = trainer.fit(xs, ys, 30);
const heading = trainer.opt instanceof Momentum ? trainer.opt.velocity : undefined;
heading?.imul(-1);
console.log(trainer.opt.name, "loss:", finalLoss.toFixed(4), "steps:", trainer.opt.steps, "checkpoints:", trainer.history);
console.log("weights:", trainer.weights.tolist(), "descent direction:", heading?.tolist(), "inputs:", xs.sum());
