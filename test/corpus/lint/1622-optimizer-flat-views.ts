// Runs a line search for an SGD step on a 2x3 weight matrix, applies weight decay and prints the weights the model keeps.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface OptimizerState {
  momentum: NDArray | null;
  readonly lr: number;
  readonly decay: number;
}

const target = array([0.5, -0.25, 0.75, 0.1, 0.0, -0.5]);

function loss(flatWeights: NDArray): number {
  const d = flatWeights.sub(target);
  return d.mul(d).sum() / d.size;
}

function gradient(flatWeights: NDArray): NDArray {
  const g = flatWeights.sub(target);
  g.imul(2 / g.size);
  return g;
}

function velocity(state: OptimizerState, grad: NDArray): NDArray {
  const base = state.momentum ?? zeros(grad.size);
  return base.mul(0.9).add(grad);
}

function candidateSteps(lr: number): readonly number[] {
  return [lr * 4, lr * 2, lr, lr / 2];
}

function norm(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function summary(label: string, m: NDArray): string {
  return `${label}: norm ${norm(m).toFixed(4)}, min ${m.min().toFixed(3)}, max ${m.max().toFixed(3)}`;
}

const weights = array([
  [0.9, 0.1, 0.4],
  [-0.3, 0.2, 0.0],
]);
const state: OptimizerState = { momentum: null, lr: 0.5, decay: 0.98 };

const grad = gradient(weights.ravel());
const v = velocity(state, grad);
console.log("initial loss:", loss(weights.flatten()).toFixed(5));

// Line search: try each step on a scratch copy and keep the best one.
let bestStep = 0;
let bestLoss = loss(weights.flatten());
for (const step of candidateSteps(state.lr)) {
  const scratch = weights.flatten();
  scratch.isub(v.mul(step));
  const l = loss(scratch);
  if (l < bestLoss) {
    bestLoss = l;
    bestStep = step;
  }
}
console.log("best step:", bestStep, "loss:", bestLoss.toFixed(5));

// Preview the chosen update before committing it.
const preview = weights.ravel();
preview.isub(v.mul(bestStep)); // expect: no-view-mutation
console.log("preview loss:", loss(preview).toFixed(5));

const firstUnit = weights.slice(0);
console.log("first unit norm before decay:", norm(firstUnit).toFixed(4));

weights.imul(state.decay); // expect: no-view-mutation
console.log("first unit after decay:", firstUnit.tolist());

state.momentum = v.copy();
state.momentum.imul(0.9);

const report = weights.copy();
report.slice(":", 0).fill(0);
console.log("weights with bias column hidden:", report.tolist());
console.log("model weights:", weights.tolist());
console.log("momentum:", state.momentum.tolist());
console.log(summary("weights", weights));
console.log(summary("gradient", grad));
