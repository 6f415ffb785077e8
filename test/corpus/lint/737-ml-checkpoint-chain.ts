// Checkpointing for a toy trainer: a linked chain of weight/moment snapshots, save hooks, best-checkpoint restore and weight averaging.
import { zeros, array, NDArray } from "ndalias";

type SaveHook = (step: number, valLoss: number) => void;

class Checkpoint {
  readonly weights: NDArray;
  readonly moments: NDArray;
  prev: Checkpoint | null = null;
  next: Checkpoint | null = null;

  constructor(readonly step: number, readonly valLoss: number, weights: NDArray, moments: NDArray) {
    this.weights = weights.copy();
    this.moments = moments.copy();
  }
}

class CheckpointChain {
  head: Checkpoint | null = null;
  tail: Checkpoint | null = null;
  size = 0;

  constructor(private readonly capacity: number) {}

  append(cp: Checkpoint): void {
    const last = this.tail;
    if (last) {
      last.next = cp;
      cp.prev = last; // expect: no-reference-cycle
    } else {
      this.head = cp;
    }
    this.tail = cp;
    this.size++;
    if (this.size > this.capacity) this.dropOldest();
  }

  private dropOldest(): void {
    const oldest = this.head;
    if (!oldest) return;
    this.head = oldest.next;
    if (this.head) this.head.prev = null;
    oldest.next = null;
    this.size--;
  }

  best(): Checkpoint | null {
    let bestCp: Checkpoint | null = null;
    for (let cp = this.head; cp; cp = cp.next) {
      if (!bestCp || cp.valLoss < bestCp.valLoss) bestCp = cp;
    }
    return bestCp;
  }

  latest(k: number): Checkpoint[] {
    const out: Checkpoint[] = [];
    for (let cp = this.tail; cp && out.length < k; cp = cp.prev) out.push(cp);
    return out;
  }
}

class HookRegistry {
  trainer: Trainer | null = null;
  private readonly onSave: SaveHook[] = [];

  add(hook: SaveHook): void {
    this.onSave.push(hook);
  }

  fire(step: number, valLoss: number): void {
    for (const hook of this.onSave) hook(step, valLoss);
  }
}

class Trainer {
  readonly weights: NDArray;
  readonly moments: NDArray;
  readonly hooks: HookRegistry;
  step = 0;

  constructor(size: number, private readonly lr: number, private readonly beta: number) {
    this.weights = zeros(size);
    this.moments = zeros(size);
    const hooks = new HookRegistry();
    this.hooks = hooks;
    hooks.trainer = this; // expect: no-reference-cycle
  }

  applyGradient(grad: NDArray): void {
    this.moments.imul(this.beta);
    this.moments.iadd(grad.mul(1 - this.beta));
    this.weights.isub(this.moments.mul(this.lr));
    this.step++;
  }

  validationLoss(target: NDArray): number {
    const diff = this.weights.sub(target);
    return diff.mul(diff).mean();
  }

  snapshot(valLoss: number): Checkpoint {
    const cp = new Checkpoint(this.step, valLoss, this.weights, this.moments);
    this.hooks.fire(this.step, valLoss);
    return cp;
  }

  restore(cp: Checkpoint): void {
    this.weights.assign(":", cp.weights);
    this.moments.assign(":", cp.moments);
    this.step = cp.step;
  }
}

function averageWeights(cps: Checkpoint[]): NDArray {
  const avg = zeros(cps[0].weights.shape);
  for (const cp of cps) avg.iadd(cp.weights);
  avg.idiv(cps.length);
  return avg;
}

function syntheticGradient(weights: NDArray, target: NDArray, step: number): NDArray {
  const g = weights.sub(target);
  g.imul(2);
  g.iadd(0.05 * Math.sin(step));
  return g;
}

function runTraining(steps: number, saveEvery: number): [Trainer, CheckpointChain] {
  const target = array([1.0, -0.5, 0.25, 2.0]);
  const trainer = new Trainer(target.size, 0.2, 0.8);
  const chain = new CheckpointChain(4);
  const saved: number[] = [];
  trainer.hooks.add((step) => saved.push(step));
  trainer.hooks.add((step, loss) => {
    if (loss < 0.05) console.log(`step ${step}: validation loss below 0.05`);
  });

  for (let i = 0; i < steps; i++) {
    trainer.applyGradient(syntheticGradient(trainer.weights, target, i));
    if ((i + 1) % saveEvery === 0) {
      chain.append(trainer.snapshot(trainer.validationLoss(target)));
    }
  }
  console.log("saved at steps:", saved.join(", "));
  return [trainer, chain];
}

const [trainer, chain] = runTraining(24, 3);
const bestCp = chain.best();
if (bestCp) {
  console.log(`best checkpoint: step ${bestCp.step}, loss ${bestCp.valLoss.toFixed(5)}`);
  trainer.restore(bestCp);
}
const recent = chain.latest(3);
const swa = averageWeights(recent);
console.log("restored weights:", trainer.weights.tolist());
console.log("averaged weights:", swa.tolist());
console.log("chain length:", chain.size, "steps kept:", recent.map((cp) => cp.step));
