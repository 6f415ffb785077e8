// Optimizer hierarchy for a tiny linear regression: SGD, momentum and clipped SGD each fit their own parameter group.
import { array, full, zeros, NDArray } from "ndalias";

class ParamGroup {
  optimizer: Optimizer | null = null;

  constructor(
    readonly name: string,
    readonly weights: NDArray,
    readonly bias: NDArray,
  ) {}

  static linear(name: string, features: number): ParamGroup {
    return new ParamGroup(name, zeros(features), zeros(1));
  }
}

abstract class Optimizer {
  protected steps = 0;
  protected group: ParamGroup | null = null;
  protected readonly lrSchedule: NDArray;

  constructor(baseLr: number, epochs: number) {
    this.lrSchedule = full(epochs, baseLr);
    for (let e = 0; e < epochs; e++) this.lrSchedule.set(e, baseLr * Math.pow(0.97, e));
  }

  attach(group: ParamGroup): this {
    group.optimizer = this;
    this.group = group; // expect: no-reference-cycle
    return this;
  }

  lr(): number {
    return this.lrSchedule.get(Math.min(this.steps, this.lrSchedule.size - 1));
  }

  abstract update(param: NDArray, grad: NDArray): void;

  step(grads: NDArray[]): number {
    if (!this.group) throw new Error("optimizer has no parameter group");
    const params = [this.group.weights, this.group.bias];
    for (let i = 0; i < params.length; i++) this.update(params[i], grads[i]);
    return ++this.steps;
  }

  static clipByGlobalNorm(grads: NDArray[], maxNorm: number): number {
    let total = 0;
    for (const g of grads) total += g.mul(g).sum();
    const norm = Math.sqrt(total);
    if (norm > maxNorm) {
      for (let i = 0; i < grads.length; i++) grads[i].imul(maxNorm / norm); // expect: no-alias-mutation
    }
    return norm;
  }
}

class SGD extends Optimizer {
  update(param: NDArray, grad: NDArray): void {
    param.isub(grad.mul(this.lr()));
  }
}

class Momentum extends SGD {
  readonly #velocity = new Map<NDArray, NDArray>();

  constructor(
    baseLr: number,
    epochs: number,
    private readonly beta = 0.9,
  ) {
    super(baseLr, epochs);
  }

  override update(param: NDArray, grad: NDArray): void {
    let v = this.#velocity.get(param);
    if (v === undefined) {
      v = zeros(param.shape);
      this.#velocity.set(param, v);
    }
    v.imul(this.beta).iadd(grad);
    super.update(param, v);
  }
}

class ClippedSGD extends SGD {
  constructor(
    baseLr: number,
    epochs: number,
    private readonly maxAbs: number,
  ) {
    super(baseLr, epochs);
  }

  override update(param: NDArray, grad: NDArray): void {
    for (let i = 0; i < grad.size; i++) {
      const g = grad.data[i] as number;
      grad.data[i] = Math.max(-this.maxAbs, Math.min(this.maxAbs, g));
    }
    super.update(param, grad);
  }
}

function gradients(w: NDArray, b: NDArray, xs: NDArray, ys: NDArray): NDArray[] {
  const n = xs.shape[0];
  const gw = zeros(w.size);
  let gb = 0;
  for (let i = 0; i < n; i++) {
    let pred: number = b.get(0);
    for (let j = 0; j < w.size; j++) pred += w.get(j) * xs.get(i, j);
    const err = pred - ys.get(i);
    for (let j = 0; j < w.size; j++) gw.set(j, gw.get(j) + (2 * err * xs.get(i, j)) / n);
    gb += (2 * err) / n;
  }
  return [gw, array([gb])];
}

const xs = array([[1, 2], [2, 1], [3, 3], [0, 1]]);
const ys = array([5, 4, 9, 2]);
const epochs = 40;

const runs: [string, Optimizer][] = [
  ["sgd", new SGD(0.05, epochs)],
  ["momentum", new Momentum(0.02, epochs)],
  ["clipped", new ClippedSGD(0.05, epochs, 0.5)],
];

for (const [name, opt] of runs) {
  const group = ParamGroup.linear(name, 2);
  opt.attach(group);
  let lastNorm = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grads = gradients(group.weights, group.bias, xs, ys);
    lastNorm = Optimizer.clipByGlobalNorm(grads, 10);
    opt.step(grads);
  }
  console.log(`${group.name}: w=${group.weights.tolist()} b=${group.bias.tolist()} |g|=${lastNorm.toFixed(4)}`);
}
