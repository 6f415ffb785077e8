// Trains a tiny linear model for a few steps while object-dtype registries track its parameters and gradients, with clipping and rollback.
// runnable
import { array, empty, zeros, refcount, memoryStats, NDArray } from "ndalias";

const X = array([
  [1.0, 2.0, 0.5],
  [2.0, 0.5, 1.5],
  [3.0, 1.0, 2.5],
  [4.0, 3.0, 0.0],
]);
const y = array([9.0, 8.5, 14.0, 17.0]);
const LR = 0.02;
const MAX_NORM = 5.0;

const w = array([0.1, -0.3, 0.2]);
let bias = 0;

function forward(weights: NDArray, b: number): NDArray {
  const out = zeros(X.shape[0]);
  for (let r = 0; r < X.shape[0]; r++) {
    out.set(r, X.slice(r).mul(weights).sum() + b);
  }
  return out;
}

function gradient(residual: NDArray): NDArray {
  const g = zeros(X.shape[1]);
  for (let r = 0; r < X.shape[0]; r++) {
    g.iadd(X.slice(r).mul(residual.get(r)));
  }
  g.imul(2 / X.shape[0]);
  return g;
}

function mse(weights: NDArray, b: number): number {
  const r = forward(weights, b).sub(y);
  return r.mul(r).mean();
}

// Registries let the debugger list every live tensor of the step; each keeps a
// back-pointer to its partner so either one can be used as the entry point.
const params = empty(3, "object");
const grads = empty(3, "object");
params.set(0, w);
params.set(2, grads);
grads.set(2, params); // expect: no-reference-cycle

let bestLoss = mse(w, bias);
console.log("initial loss:", bestLoss.toFixed(3));

for (let step = 0; step < 4; step++) {
  const residual = forward(w, bias).sub(y);
  const gw = gradient(residual);
  const gb = 2 * residual.mean();
  grads.set(0, gw);

  const norm = Math.sqrt(gw.mul(gw).sum());
  if (norm > MAX_NORM) {
    gw.copy().imul(MAX_NORM / norm); // expect: no-lost-write
  }

  const rollback = w.copy();
  const rollbackBias = bias;
  w.isub(gw.mul(LR));
  bias -= LR * gb;

  const loss = mse(w, bias);
  if (loss > bestLoss) {
    w.assign(":", rollback);
    bias = rollbackBias;
    console.log(`step ${step}: loss rose to ${loss.toFixed(3)}, rolled back`);
  } else {
    bestLoss = loss;
    console.log(`step ${step}: loss ${loss.toFixed(3)}, |grad| ${norm.toFixed(2)}`);
  }
}

const predictions = forward(w, bias);
for (let i = 0; i < predictions.size; i++) {
  predictions.set(i, Math.round(predictions.get(i) * 100) / 100);
}
console.log("weights:", w.tolist(), "bias:", bias.toFixed(3));
console.log("predictions:", predictions.tolist());

console.log("references to the parameter table:", refcount(params));
params.dispose();
grads.dispose();
console.log("after releasing the registries:", memoryStats());
