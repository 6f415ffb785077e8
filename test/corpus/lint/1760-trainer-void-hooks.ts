// An SGD-with-momentum trainer service whose void update hooks write the state they are given; runs a few batches from an event emitter.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface TrainState {
  params: NDArray;
  velocity: NDArray;
  step: number;
}

function createState(init: NDArray): TrainState {
  return { params: init.copy(), velocity: zeros(init.size), step: 0 };
}

/** Momentum update: writes `state` in place on purpose. */
function applyMomentum(state: TrainState, grad: NDArray, lr: number, mu: number): void {
  state.velocity.imul(mu);
  state.velocity.isub(grad.mul(lr));
  state.params.iadd(state.velocity);
  state.step += 1;
}

function clipGradient(grad: NDArray, maxNorm: number): void {
  const n = Math.sqrt(grad.mul(grad).sum());
  if (n > maxNorm) grad.imul(maxNorm / n);
}

function norm(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

class Trainer {
  private readonly state: TrainState;
  private losses: number[] = [];

  constructor(init: NDArray) {
    this.state = createState(init);
  }

  onBatch = (grad: NDArray, loss: number): void => {
    clipGradient(grad, 1.0);
    applyMomentum(this.state, grad, 0.1, 0.9);
    this.losses.push(loss);
  };

  constrain(maxNorm: number): void {
    const n = norm(this.state.params);
    if (n > maxNorm) this.state.params.imul(maxNorm / n);
  }

  resetVelocity(): void {
    this.state.velocity.fill(0);
  }

  paramsSnapshot(): NDArray {
    return this.state.params.copy();
  }

  summary(): string {
    const last = this.losses[this.losses.length - 1] ?? NaN;
    return `step ${this.state.step}, last loss ${last.toFixed(4)}, |params| ${norm(this.state.params).toFixed(4)}`;
  }
}

const target = array([1.0, -2.0, 0.5]);
const init = array([0, 0, 0]);
const trainer = new Trainer(init);
const bus = new EventEmitter();
bus.on("batch", trainer.onBatch);
bus.on("batch", (grad: NDArray) => {
  grad.fill(0);
});

for (let i = 0; i < 6; i++) {
  const params = trainer.paramsSnapshot();
  const diff = params.sub(target);
  const loss = diff.mul(diff).sum();
  const grad = diff.mul(2);
  bus.emit("batch", grad, loss);
  if (i === 3) trainer.resetVelocity();
}

trainer.constrain(2.0);
const finalParams = trainer.paramsSnapshot();
finalParams.set(0, Math.round(finalParams.get(0) * 100) / 100);

const perCoordinate: string[] = [];
[finalParams, target].forEach((v) => {
  const rounded = v.copy();
  rounded.imul(10);
  perCoordinate.push((rounded.tolist() as number[]).map((x) => Math.round(x)).join("/"));
});

console.log(trainer.summary());
console.log("final params:", finalParams.tolist(), "init untouched:", init.tolist());
console.log("x10 rounded:", perCoordinate.join("  vs  "));
