// Momentum and weight-decay SGD optimizers that receive their parameter tensor through a setter, trained on a toy quadratic loss.
import { array, zeros, NDArray } from "ndalias";

class Optimizer {
  private _params: NDArray | null = null;
  protected velocity: NDArray = zeros(1);
  protected steps = 0;

  constructor(readonly lr: number) {}

  set params(p: NDArray) {
    this._params = p;
    this.velocity = zeros(p.shape);
    this.steps = 0;
  }

  get params(): NDArray {
    if (!this._params) throw new Error("optimizer has no parameters attached");
    return this._params;
  }

  step(grad: NDArray): void {
    if (!this._params) return;
    this._params.isub(grad.mul(this.lr));
    this.steps += 1;
  }

  get stepCount(): number {
    return this.steps;
  }
}

class Momentum extends Optimizer {
  constructor(lr: number, private readonly beta: number) {
    super(lr);
  }

  override step(grad: NDArray): void {
    this.velocity.imul(this.beta);
    this.velocity.iadd(grad);
    super.step(this.velocity);
  }

  velocityNorm(): number {
    return Math.sqrt(this.velocity.mul(this.velocity).sum());
  }
}

class DecayingSGD extends Optimizer {
  constructor(lr: number, private readonly decay: number) {
    super(lr);
  }

  override step(grad: NDArray): void {
    this.params.flatten().imul(1 - this.decay); // expect: no-lost-write
    super.step(grad);
  }
}

function quadraticLoss(w: NDArray, target: NDArray): number {
  const diff = w.sub(target);
  return diff.mul(diff).sum();
}

function gradient(w: NDArray, target: NDArray): NDArray {
  return w.sub(target).mul(2);
}

function lookahead(opt: Optimizer, grad: NDArray, horizon: number): NDArray {
  const trial = opt.params;
  trial.isub(grad.mul(opt.lr * horizon)); // expect: no-alias-mutation
  return trial;
}

function safeLookahead(opt: Optimizer, grad: NDArray, horizon: number): NDArray {
  const trial = opt.params.copy();
  trial.isub(grad.mul(opt.lr * horizon));
  return trial;
}

function train(opt: Optimizer, w: NDArray, target: NDArray, epochs: number): number[] {
  opt.params = w;
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    opt.step(gradient(w, target));
    losses.push(Number(quadraticLoss(w, target).toFixed(5)));
  }
  return losses;
}

const target = array([0.5, -0.25, 1.0]);

const w1 = array([1.0, -2.0, 0.5]);
const momentum = new Momentum(0.1, 0.9);
console.log("momentum losses:", train(momentum, w1, target, 5), "|v|:", momentum.velocityNorm().toFixed(4));

const w2 = array([1.0, -2.0, 0.5]);
const decaying = new DecayingSGD(0.1, 0.01);
console.log("decaying losses:", train(decaying, w2, target, 5), "steps:", decaying.stepCount);

const peekSafe = safeLookahead(momentum, gradient(w1, target), 3);
console.log("safe lookahead loss:", quadraticLoss(peekSafe, target).toFixed(5));

const peek = lookahead(decaying, gradient(w2, target), 3);
console.log("lookahead loss:", quadraticLoss(peek, target).toFixed(5));
console.log("current loss:", quadraticLoss(w2, target).toFixed(5), "weights:", w2.tolist());
