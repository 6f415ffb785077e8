// Momentum SGD over a registry of named parameter groups with a loss window and an EMA tracker; prints update norms and averages.
import { array, zeros, NDArray } from "ndalias";

interface ParamGroup {
  name: string;
  params: NDArray;
  velocity: NDArray;
  lr: number;
}

interface OptimState {
  step: number;
  groups: Map<string, ParamGroup>;
  lossHistory: NDArray;
}

function makeGroup(name: string, init: number[], lr: number): ParamGroup {
  const params = array(init);
  return { name, params, velocity: zeros(params.size), lr };
}

function applyMomentum(group: ParamGroup, grad: NDArray, beta: number): void {
  group.velocity.imul(beta);
  group.velocity.iadd(grad);
  group.params.isub(group.velocity.mul(group.lr));
}

function stepAndNorm(group: ParamGroup, grad: NDArray, beta: number): number {
  const update = group.velocity.mul(beta).add(grad);
  group.params.isub(update.mul(group.lr)); // expect: no-alias-mutation
  return Math.sqrt(update.mul(update).sum());
}

function previewStep(group: ParamGroup, grad: NDArray, beta: number): NDArray {
  const velocity = group.velocity.copy();
  velocity.imul(beta);
  velocity.iadd(grad);
  return group.params.sub(velocity.mul(group.lr));
}

function latestAverage(state: OptimState, loss: number, window: number): number {
  const tail = state.lossHistory.slice(`-${window}:`);
  tail.set(window - 1, loss); // expect: no-view-mutation
  return tail.mean();
}

class EmaTracker {
  private shadow: NDArray;

  constructor(size: number, private readonly decay: number) {
    this.shadow = zeros(size);
  }

  update(values: NDArray): number {
    const avg = this.shadow;
    avg.iadd(values.sub(avg).mul(1 - this.decay)); // expect: no-alias-mutation
    return avg.sum();
  }

  decayOnly(): number {
    this.shadow.imul(this.decay);
    return this.shadow.sum();
  }

  snapshot(): NDArray {
    return this.shadow.copy();
  }

  reset(): void {
    this.shadow.fill(0);
  }
}

const state: OptimState = { step: 0, groups: new Map(), lossHistory: zeros(5) };
for (const group of [makeGroup("encoder", [0.5, -0.3, 0.8], 0.1), makeGroup("head", [0.2, 0.1, -0.4], 0.05)]) {
  state.groups.set(group.name, group);
}
const grads = new Map<string, NDArray>([
  ["encoder", array([0.05, -0.02, 0.1])],
  ["head", array([-0.01, 0.03, 0.02])],
]);
const tracker = new EmaTracker(3, 0.9);

for (let epoch = 0; epoch < 3; epoch++) {
  for (const [name, group] of state.groups) {
    const grad = grads.get(name);
    if (!grad) continue;
    console.log(`${name} preview:`, previewStep(group, grad, 0.9).tolist());
    if (epoch === 0) {
      applyMomentum(group, grad, 0.9);
    } else {
      console.log(`${name} update norm:`, stepAndNorm(group, grad, 0.9).toFixed(4));
    }
  }
  state.step += 1;
  const loss = 1 / (epoch + 1);
  console.log("windowed loss:", latestAverage(state, loss, 3).toFixed(4));
  const head = state.groups.get("head");
  if (head) console.log("ema sum:", tracker.update(head.params).toFixed(4));
}

console.log("decayed ema sum:", tracker.decayOnly().toFixed(4));
const emaSnapshot = tracker.snapshot();
tracker.reset();
console.log("ema snapshot:", emaSnapshot.tolist());
console.log("loss history:", state.lossHistory.tolist());
for (const group of state.groups.values()) {
  console.log(group.name, group.params.tolist(), group.velocity.tolist());
}
