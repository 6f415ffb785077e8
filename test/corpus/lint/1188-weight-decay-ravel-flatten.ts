// SGD with decoupled weight decay on a 2x3 weight matrix, logging the update size and the gradient norm each step.
// runnable
import { array, NDArray } from "ndalias";

function l2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function batchGradient(W: NDArray, xs: NDArray, ys: NDArray): NDArray {
  const [outDim, inDim] = W.shape;
  const n = xs.shape[0];
  const grad = W.mul(0);
  for (let s = 0; s < n; s++) {
    for (let o = 0; o < outDim; o++) {
      let pred = 0;
      for (let i = 0; i < inDim; i++) pred += W.get(o, i) * xs.get(s, i);
      const err = pred - ys.get(s, o);
      for (let i = 0; i < inDim; i++) {
        grad.set([o, i], grad.get(o, i) + (2 * err * xs.get(s, i)) / n);
      }
    }
  }
  return grad;
}

function loss(W: NDArray, xs: NDArray, ys: NDArray): number {
  let total = 0;
  for (let s = 0; s < xs.shape[0]; s++) {
    for (let o = 0; o < W.shape[0]; o++) {
      let pred = 0;
      for (let i = 0; i < W.shape[1]; i++) pred += W.get(o, i) * xs.get(s, i);
      total += (pred - ys.get(s, o)) ** 2;
    }
  }
  return total / xs.shape[0];
}

const params = array([
  [0.5, -0.3, 0.8],
  [0.1, 0.9, -0.6],
]);
const xs = array([
  [1.0, 0.0, 0.5],
  [0.0, 1.0, -0.5],
  [1.0, 1.0, 1.0],
  [0.5, -1.0, 0.0],
]);
const ys = array([
  [1.0, 0.0],
  [0.0, 1.0],
  [1.5, 0.5],
  [0.8, -0.7],
]);

const lr = 0.05;
const weightDecay = 0.1;
const initial = params.copy();
const updateNorms: number[] = [];

for (let step = 0; step < 3; step++) {
  const grads = batchGradient(params, xs, ys);

  // Scale the gradient into an update vector.
  const update = grads.ravel();
  update.imul(lr); // expect: no-view-mutation
  updateNorms.push(l2(update));

  params.isub(update.reshape(2, 3));

  // Decoupled weight decay, applied after the gradient step.
  params.flatten().imul(1 - lr * weightDecay); // expect: no-lost-write

  console.log(`step ${step}: loss ${loss(params, xs, ys).toFixed(4)}, grad norm ${l2(grads).toFixed(4)}`);
}

// A decayed copy for comparison, kept separate from the trained weights.
const decayedInitial = initial.copy();
decayedInitial.imul(Math.pow(1 - lr * weightDecay, 3));

// Column view of the trained weights, read for a summary only.
const firstInputWeights = params.slice(":", 0);
console.log("weights on input 0:", firstInputWeights.tolist());
console.log("update norms:", updateNorms.map((u) => u.toFixed(4)).join(", "));
console.log("drift from init:", l2(params.sub(initial)).toFixed(4));
console.log("decayed init:", decayedInitial.tolist());
