// Momentum SGD over an optimizer-state record: reset, a step that reports the velocity norm, a Nesterov variant, and clipping.
import { array, zeros, NDArray } from "ndalias";

export interface OptimizerState {
  velocity: NDArray;
  params: NDArray;
  steps: number;
  lastNorm: number;
}

export function createState(initial: NDArray): OptimizerState {
  return { velocity: zeros(initial.size), params: initial.copy(), steps: 0, lastNorm: 0 };
}

export function resetVelocity(state: OptimizerState): void {
  state.velocity.fill(0);
  state.steps = 0;
  state.lastNorm = 0;
}

export function applyUpdate(state: OptimizerState, lr: number): void {
  state.params.isub(state.velocity.mul(lr));
  state.steps += 1;
}

function l2(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

export function momentumStep(state: OptimizerState, grad: NDArray, beta: number): number {
  if (grad.size !== state.velocity.size) {
    throw new Error(`gradient has ${grad.size} entries, state expects ${state.velocity.size}`);
  }
  state.velocity.assign(":", state.velocity.mul(beta).add(grad)); // expect: no-alias-mutation
  const norm = l2(state.velocity);
  state.lastNorm = norm;
  return norm;
}

export function nesterovStep(state: OptimizerState, grad: NDArray, beta: number): number {
  const next = state.velocity.mul(beta).add(grad);
  state.velocity = next;
  const lookahead = next.mul(beta).add(grad);
  lookahead.imul(-1);
  state.lastNorm = l2(lookahead);
  return state.lastNorm;
}

export function clipGradients(grads: NDArray[], maxNorm: number): void {
  grads.forEach((g) => g.imul(Math.min(1, maxNorm / Math.max(l2(g), 1e-12))));
}

export function clippedCopies(grads: NDArray[], maxNorm: number): NDArray[] {
  return grads.map((g) => {
    const clipped = g.copy();
    clipped.imul(Math.min(1, maxNorm / Math.max(l2(g), 1e-12)));
    return clipped;
  });
}

export function summary(state: OptimizerState): string {
  const p = state.params.tolist() as number[];
  return `step ${state.steps}: params=[${p.map((v) => v.toFixed(3)).join(", ")}] |v|=${state.lastNorm.toFixed(4)}`;
}

const start = array([0.5, -0.25, 1.0]);
const state = createState(start);
const grads = [
  array([0.1, 0.2, -0.1]),
  array([0.05, 0.1, 0.0]),
  array([3.0, -4.0, 0.0]),
  array([0.02, 0.01, -0.03]),
];

const safeGrads = clippedCopies(grads, 1.0);
console.log("raw norms:", grads.map(l2).map((n) => n.toFixed(3)).join(", "));
console.log("clipped norms:", safeGrads.map(l2).map((n) => n.toFixed(3)).join(", "));

for (const g of safeGrads) {
  const n = momentumStep(state, g, 0.9);
  applyUpdate(state, 0.1);
  console.log(summary(state), "norm", n.toFixed(4));
}

resetVelocity(state);
clipGradients(grads, 0.5);
for (const g of grads) {
  nesterovStep(state, g, 0.9);
  applyUpdate(state, 0.1);
}
console.log("after nesterov:", summary(state));
console.log("start point unchanged:", start.tolist());
console.log("clipped in place:", grads.map((g) => l2(g).toFixed(3)).join(", "));
