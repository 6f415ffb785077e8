// An async momentum-SGD trainer that checkpoints its parameters before each awaited step and reports how far a step moved them.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

class Trainer implements Disposable {
  params: NDArray;
  velocity: NDArray;
  private checkpoints: NDArray[] = [];
  steps = 0;

  constructor(initial: NDArray, readonly lr: number, readonly momentum: number) {
    this.params = initial.copy();
    this.velocity = zeros(initial.size);
  }

  async step(grad: NDArray): Promise<void> {
    const before = this.params.copy();
    await sleep(1);
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad.mul(this.lr));
    this.params.isub(this.velocity);
    this.checkpoints.push(before);
    this.steps++;
  }

  async stepWithDrift(grad: NDArray): Promise<number> {
    const previous = this.params;
    await sleep(1);
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad.mul(this.lr));
    this.params.isub(this.velocity); // expect: no-alias-mutation
    this.steps++;
    const drift = previous.sub(this.params);
    return Math.sqrt(drift.mul(drift).sum());
  }

  async stepWithDriftChecked(grad: NDArray): Promise<number> {
    const previous = this.params.copy();
    await sleep(1);
    this.velocity.imul(this.momentum);
    this.velocity.iadd(grad.mul(this.lr));
    this.params.isub(this.velocity);
    this.steps++;
    const drift = previous.sub(this.params);
    previous.dispose();
    return Math.sqrt(drift.mul(drift).sum());
  }

  rollback(): boolean {
    const last = this.checkpoints.pop();
    if (!last) return false;
    this.params.dispose();
    this.params = last;
    this.velocity.fill(0);
    return true;
  }

  loss(target: NDArray): number {
    const diff = this.params.sub(target);
    return diff.mul(diff).mean();
  }

  [Symbol.dispose](): void {
    this.params.dispose();
    this.velocity.dispose();
    for (const c of this.checkpoints) c.dispose();
    this.checkpoints = [];
  }
}

function gradientAt(params: NDArray, target: NDArray): NDArray {
  const g = params.sub(target);
  g.imul(2 / params.size);
  return g;
}

async function train(initial: NDArray, target: NDArray, epochs: number): Promise<void> {
  using trainer = new Trainer(initial, 0.4, 0.8);
  for (let e = 0; e < epochs; e++) {
    using grad = gradientAt(trainer.params, target);
    await trainer.step(grad);
    console.log(`epoch ${e}: loss ${trainer.loss(target).toFixed(5)}`);
  }

  const probe = gradientAt(trainer.params, target);
  const checkedDrift = await trainer.stepWithDriftChecked(probe);
  console.log("checked drift:", checkedDrift.toFixed(5));

  const drift = await trainer.stepWithDrift(probe);
  probe.dispose();
  console.log("drift of the last step:", drift.toFixed(5));

  if (trainer.loss(target) > 0.5 && trainer.rollback()) {
    console.log("rolled back to the previous checkpoint");
  }
  console.log("steps:", trainer.steps, "final params:", trainer.params.tolist());
}

const initial = array([0.5, -1.2, 2.0, 0.3]);
const target = array([0.0, 0.0, 1.0, 1.0]);
train(initial, target, 4)
  .then(() => {
    console.log("initial params untouched:", initial.tolist());
    initial.dispose();
    target.dispose();
  })
  .catch((err: unknown) => {
    console.error("training failed:", err);
    process.exitCode = 1;
  });
