// Test suite for a momentum gradient-descent trainer class: tests build trainer fixtures, step them and compare weights with snapshots taken beforehand.
import { array, zeros, NDArray } from "ndalias";

const INITIAL = [1, -2, 0.5];
const TARGET = array([0, 0, 0]);

class Trainer {
  weights: NDArray;
  grad: NDArray;
  velocity: NDArray;
  steps = 0;

  constructor(initial: number[], readonly lr: number, readonly momentum: number) {
    this.weights = array(initial);
    this.grad = zeros(initial.length);
    this.velocity = zeros(initial.length);
  }

  computeGrad(target: NDArray): number {
    const diff = this.weights.sub(target);
    this.grad.assign(":", diff.mul(2));
    return diff.mul(diff).sum();
  }

  step(target: NDArray): number {
    const loss = this.computeGrad(target);
    this.velocity.imul(this.momentum);
    this.velocity.isub(this.grad.mul(this.lr));
    this.weights.iadd(this.velocity);
    this.steps++;
    return loss;
  }

  decay(rate: number): number {
    const w = this.weights;
    const before = w.sum();
    this.weights.imul(1 - rate);
    return before - this.weights.sum();
  }

  snapshot(): NDArray {
    return this.weights.copy();
  }

  reset(initial: number[]): void {
    this.weights.assign(":", array(initial));
    this.grad.fill(0);
    this.velocity.fill(0);
    this.steps = 0;
  }
}

const SHARED_TRAINER = new Trainer(INITIAL, 0.1, 0.9);

function makeTrainer(): Trainer {
  return new Trainer(INITIAL, 0.1, 0.9);
}

function teardown(): void {
  SHARED_TRAINER.reset(INITIAL);
}

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- tests ---------------------------------------------------------------------

function testStepReducesLoss(): boolean {
  const t = makeTrainer();
  const first = t.step(TARGET);
  const second = t.step(TARGET);
  return second < first && t.steps === 2;
}

function testStepMovesAwayFromSnapshot(): boolean {
  const t = makeTrainer();
  const before = t.snapshot();
  t.step(TARGET);
  const moved = t.weights.sub(before);
  return Math.abs(moved.sum()) > 0 && before.get(0) === 1;
}

function testDecayReportsShrinkage(): boolean {
  const t = makeTrainer();
  const shrink = t.decay(0.5);
  return near(shrink, -0.25) && near(t.weights.get(1), -1);
}

function testSharedTrainerScaling(): boolean {
  SHARED_TRAINER.weights.imul(2);
  return near(SHARED_TRAINER.weights.get(0), 2);
}

function testResetRestoresInitial(): boolean {
  SHARED_TRAINER.step(TARGET);
  SHARED_TRAINER.reset(INITIAL);
  return near(SHARED_TRAINER.weights.get(2), 0.5) && SHARED_TRAINER.velocity.sum() === 0;
}

// --- runner --------------------------------------------------------------------

const tests: Record<string, () => boolean> = {
  testStepReducesLoss,
  testStepMovesAwayFromSnapshot,
  testDecayReportsShrinkage,
  testSharedTrainerScaling,
  testResetRestoresInitial,
};

let ok = 0;
for (const [name, test] of Object.entries(tests)) {
  const passed = test();
  teardown();
  ok += passed ? 1 : 0;
  console.log(`${passed ? "✓" : "✗"} ${name}`);
}
console.log(`${ok}/${Object.keys(tests).length} trainer tests passed`);
