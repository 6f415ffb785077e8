// Fits a small linear model with momentum SGD (gradient clipping, weight decay), a step LR schedule, early stopping and epoch callbacks.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Param {
  name: string;
  value: NDArray;
  grad: NDArray;
}

type EpochCallback = (epoch: number, loss: number, lr: number) => void;

function makeParam(name: string, shape: number[], scale: number, seed: number): Param {
  const value = zeros(shape);
  for (let i = 0; i < value.size; i++) {
    value.data[i] = scale * Math.sin(seed * (i + 1));
  }
  return { name, value, grad: zeros(shape) };
}

function l2Norm(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function clipByNorm(g: NDArray, maxNorm: number): NDArray {
  const n = l2Norm(g);
  if (n <= maxNorm) return g;
  return g.mul(maxNorm / n);
}

class Dense {
  readonly weight: Param;
  readonly bias: Param;

  constructor(readonly inFeatures: number) {
    this.weight = makeParam("dense.weight", [inFeatures], 0.1, 1.7);
    this.bias = makeParam("dense.bias", [1], 0, 0);
  }

  params(): Param[] {
    return [this.weight, this.bias];
  }

  forward(x: NDArray): NDArray {
    const rows = x.shape[0];
    const out = zeros(rows);
    const b = this.bias.value.get(0);
    for (let i = 0; i < rows; i++) {
      out.set(i, x.slice(i).mul(this.weight.value).sum() + b);
    }
    return out;
  }

  backward(x: NDArray, dOut: NDArray): void {
    const gW = zeros(this.inFeatures);
    for (let j = 0; j < this.inFeatures; j++) {
      gW.set(j, x.slice(":", j).mul(dOut).sum());
    }
    this.weight.grad.iadd(gW);
    this.bias.grad.iadd(dOut.sum());
  }

  zeroGrad(): void {
    for (const p of this.params()) {
      const flat = p.grad.flatten();
      flat.fill(0); // expect: no-lost-write
    }
  }
}

class MomentumSGD {
  private velocity = new Map<string, NDArray>();
  readonly gradNorms: number[] = [];

  constructor(
    public lr: number,
    private readonly momentum: number,
    private readonly weightDecay: number,
    private readonly maxNorm: number,
  ) {}

  private previousVelocity(p: Param): NDArray {
    return this.velocity.get(p.name) ?? zeros(p.value.shape);
  }

  step(params: Param[]): void {
    for (const p of params) {
      const g = clipByNorm(p.grad, this.maxNorm);
      g.iadd(p.value.mul(this.weightDecay)); // expect: no-alias-mutation
      const v = this.previousVelocity(p).mul(this.momentum).add(g);
      this.velocity.set(p.name, v);
      p.value.isub(v.mul(this.lr));
      this.gradNorms.push(l2Norm(p.grad));
    }
  }
}

class StepLR {
  private epoch = 0;

  constructor(
    private readonly opt: MomentumSGD,
    private readonly stepSize: number,
    private readonly gamma: number,
  ) {}

  step(): void {
    this.epoch++;
    if (this.epoch % this.stepSize === 0) {
      this.opt.lr *= this.gamma;
    }
  }
}

class EarlyStopping {
  best = Infinity;
  bestWeights: NDArray | null = null;
  private wait = 0;

  constructor(private readonly patience: number, private readonly minDelta: number) {}

  shouldStop(loss: number, layer: Dense): boolean {
    if (loss < this.best - this.minDelta) {
      this.best = loss;
      this.bestWeights = layer.weight.value.copy();
      this.wait = 0;
      return false;
    }
    this.wait++;
    return this.wait >= this.patience;
  }
}

function mse(pred: NDArray, target: NDArray): number {
  const diff = pred.sub(target);
  return diff.mul(diff).mean();
}

function mseGrad(pred: NDArray, target: NDArray): NDArray {
  const d = pred.sub(target);
  d.imul(2 / target.size);
  return d;
}

function meanAbsError(pred: NDArray, target: NDArray): number {
  const diff = pred.sub(target);
  let total = 0;
  for (let i = 0; i < diff.size; i++) total += Math.abs(diff.get(i));
  return total / diff.size;
}

function fit(
  model: Dense,
  opt: MomentumSGD,
  x: NDArray,
  y: NDArray,
  epochs: number,
  callbacks: EpochCallback[],
): NDArray {
  const schedule = new StepLR(opt, 4, 0.5);
  const stopper = new EarlyStopping(3, 1e-6);
  const history = zeros(epochs);
  for (let epoch = 0; epoch < epochs; epoch++) {
    model.zeroGrad();
    const pred = model.forward(x);
    const loss = mse(pred, y);
    model.backward(x, mseGrad(pred, y));
    opt.step(model.params());
    schedule.step();
    history.set(epoch, loss);
    callbacks.forEach((cb) => cb(epoch, loss, opt.lr));
    if (stopper.shouldStop(loss, model)) break;
  }
  return history;
}

function makeDataset(rows: number, trueW: number[], trueB: number): [NDArray, NDArray] {
  const x = zeros([rows, trueW.length]);
  const y = zeros(rows);
  for (let i = 0; i < rows; i++) {
    let target = trueB;
    for (let j = 0; j < trueW.length; j++) {
      const v = Math.cos(0.7 * i + 1.3 * j);
      x.set([i, j], v);
      target += trueW[j] * v;
    }
    y.set(i, target);
  }
  return [x, y];
}

const [features, targets] = makeDataset(8, [0.5, -1.0, 2.0], 0.3);
const layer = new Dense(3);
const optimizer = new MomentumSGD(0.05, 0.9, 1e-3, 50);
const logged: string[] = [];
const logEvery: EpochCallback = (epoch, loss, lr) => {
  if (epoch % 2 === 0) logged.push(`epoch ${epoch}: loss=${loss.toFixed(4)} lr=${lr}`);
};

const lossHistory = fit(layer, optimizer, features, targets, 10, [logEvery]);
console.log(logged.join("\n"));
console.log("loss history:", lossHistory.tolist());
console.log("final MAE:", meanAbsError(layer.forward(features), targets));
console.log("weights:", layer.weight.value.tolist(), "bias:", layer.bias.value.get(0));
console.log("gradient norms:", optimizer.gradNorms.map((n) => n.toFixed(3)).join(", "));
console.log("initial targets mean:", array(targets.tolist()).mean());
