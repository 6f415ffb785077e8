// Trains a tiny linear model with SGD plus momentum, keeping checkpoints of the weights and reporting the loss per epoch.
import { array, zeros, NDArray } from "ndalias";

interface Sample {
  x: NDArray;
  y: number;
}

class MomentumOptimizer {
  private readonly params: NDArray[];
  private readonly velocity: NDArray[];
  private readonly history = new Map<number, NDArray[]>();

  constructor(initial: NDArray[], private readonly lr: number, private readonly beta: number) {
    this.params = initial.map((p) => p.copy());
    this.velocity = initial.map((p) => zeros(p.shape));
  }

  get parameters(): NDArray[] {
    return this.params.map((p) => p.copy());
  }

  step(grads: NDArray[]): number {
    let speed = 0;
    for (let i = 0; i < this.params.length; i++) {
      this.velocity[i].imul(this.beta);
      this.velocity[i].iadd(grads[i].mul(this.lr));
      this.params[i].isub(this.velocity[i]);
      speed += this.velocity[i].mul(this.velocity[i]).sum();
    }
    return Math.sqrt(speed);
  }

  decay(rate: number): void {
    this.params.forEach((p) => p.imul(1 - rate));
  }

  checkpoint(epoch: number): void {
    this.history.set(epoch, this.params.map((p) => p.copy()));
  }

  restore(epoch: number): boolean {
    const saved = this.history.get(epoch);
    if (!saved) return false;
    for (let i = 0; i < saved.length; i++) {
      this.params[i].assign(":", saved[i]);
    }
    this.velocity.forEach((v) => v.fill(0));
    return true;
  }

  recall(epoch: number): NDArray[] | undefined {
    return this.history.get(epoch)?.map((p) => p.copy());
  }
}

function predict(params: NDArray[], x: NDArray): number {
  return params[0].mul(x).sum() + params[1].get(0);
}

function gradients(params: NDArray[], batch: Sample[]): { grads: NDArray[]; loss: number } {
  const gw = zeros(params[0].shape);
  const gb = zeros(1);
  let loss = 0;
  for (const { x, y } of batch) {
    const err = predict(params, x) - y;
    loss += err * err;
    gw.iadd(x.mul(2 * err / batch.length));
    gb.iadd(2 * err / batch.length);
  }
  return { grads: [gw, gb], loss: loss / batch.length };
}

function makeData(trueW: NDArray, trueB: number): Sample[] {
  const xs = [
    array([1, 0, 2]),
    array([0, 1, 1]),
    array([2, 1, 0]),
    array([1, 1, 1]),
    array([3, 0, 1]),
  ];
  return xs.map((x) => ({ x, y: trueW.mul(x).sum() + trueB }));
}

function train(data: Sample[], epochs: number): { opt: MomentumOptimizer; losses: number[] } {
  const opt = new MomentumOptimizer([zeros(3), zeros(1)], 0.02, 0.8);
  const losses: number[] = [];
  let best = Infinity;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const { grads, loss } = gradients(opt.parameters, data);
    opt.step(grads);
    losses.push(loss);
    if (loss < best) {
      best = loss;
      opt.checkpoint(epoch);
    }
  }
  return { opt, losses };
}

const trueWeights = array([0.5, -1.0, 2.0]);
const data = makeData(trueWeights, 0.3);
const { opt, losses } = train(data, 60);

for (let e = 0; e < losses.length; e += 15) {
  console.log(`epoch ${e}: loss ${losses[e].toFixed(4)}`);
}

const snapshot = opt.parameters;
const w0 = snapshot[0];
w0.fill(0);
console.log("zeroed snapshot:", w0.tolist(), "live weights:", opt.parameters[0].tolist());

const best = opt.recall(losses.indexOf(Math.min(...losses)));
if (best) {
  best[0].isub(trueWeights);
  console.log("best checkpoint error:", best[0].tolist());
}

const beforeDecay = opt.parameters;
opt.decay(0.1);
console.log("weight norm before/after decay:", beforeDecay[0].mul(beforeDecay[0]).sum().toFixed(4),
  opt.parameters[0].mul(opt.parameters[0]).sum().toFixed(4));

const restored = opt.restore(losses.indexOf(Math.min(...losses)));
console.log("restored best:", restored, "prediction on first sample:", predict(opt.parameters, data[0].x).toFixed(3));
console.log("true weights unchanged:", trueWeights.tolist());
