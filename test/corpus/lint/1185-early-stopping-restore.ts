// Early stopping on a validation split: keeps a copy of the best weights, restores them at the end and reports both losses.
import { array, zeros, NDArray } from "ndalias";

interface EarlyStopState {
  bestLoss: number;
  bestEpoch: number;
  bestWeights: NDArray;
  badEpochs: number;
}

function newState(size: number): EarlyStopState {
  return { bestLoss: Infinity, bestEpoch: -1, bestWeights: zeros(size), badEpochs: 0 };
}

// Records the weights if they improved on the best loss; the caller keeps training its own array.
function observe(state: EarlyStopState, epoch: number, loss: number, weights: NDArray): boolean {
  if (loss < state.bestLoss) {
    state.bestLoss = loss;
    state.bestEpoch = epoch;
    state.bestWeights = weights.copy();
    state.badEpochs = 0;
    return true;
  }
  state.badEpochs += 1;
  return false;
}

function hingeLoss(w: NDArray, xs: NDArray, ys: NDArray): number {
  let total = 0;
  for (let i = 0; i < xs.shape[0]; i++) {
    let score = 0;
    for (let j = 0; j < w.size; j++) score += w.get(j) * xs.get(i, j);
    total += Math.max(0, 1 - ys.get(i) * score);
  }
  return total / xs.shape[0];
}

function hingeGrad(w: NDArray, xs: NDArray, ys: NDArray, l2: number): NDArray {
  const g = w.mul(l2);
  for (let i = 0; i < xs.shape[0]; i++) {
    let score = 0;
    for (let j = 0; j < w.size; j++) score += w.get(j) * xs.get(i, j);
    if (ys.get(i) * score < 1) {
      for (let j = 0; j < w.size; j++) {
        g.set(j, g.get(j) - (ys.get(i) * xs.get(i, j)) / xs.shape[0]);
      }
    }
  }
  return g;
}

const xTrain = array([
  [1.0, 2.0, 1.0],
  [2.0, 0.5, 1.0],
  [-1.0, -1.5, 1.0],
  [-2.0, 0.2, 1.0],
  [0.5, 1.5, 1.0],
  [-0.3, -2.0, 1.0],
]);
const yTrain = array([1, 1, -1, -1, 1, -1]);
const xVal = array([
  [1.2, 0.8, 1.0],
  [-0.9, -0.4, 1.0],
  [0.1, -0.2, 1.0],
]);
const yVal = array([1, -1, -1]);

const weights = zeros(3);
const state = newState(3);
const lrs = [0.5, 0.3, 0.2, 0.1];
const patience = 5;

// Logged once before training starts; this name is not used after the first update.
const startWeights = weights;
console.log("start weights:", startWeights.tolist(), "start loss:", hingeLoss(startWeights, xVal, yVal));

for (let epoch = 0; epoch < 50; epoch++) {
  const lr = lrs[Math.min(lrs.length - 1, Math.floor(epoch / 10))];
  weights.isub(hingeGrad(weights, xTrain, yTrain, 0.01).mul(lr));
  const valLoss = hingeLoss(weights, xVal, yVal);
  if (!observe(state, epoch, valLoss, weights) && state.badEpochs >= patience) {
    console.log(`no improvement for ${patience} epochs, stopping at ${epoch}`);
    break;
  }
}

const lastLoss = hingeLoss(weights, xVal, yVal);
let candidate: NDArray = weights;
candidate = candidate.add(state.bestWeights).div(2);
candidate.imul(1.05);
console.log("averaged candidate loss:", hingeLoss(candidate, xVal, yVal).toFixed(4));

weights.assign(":", state.bestWeights);
console.log(`best epoch ${state.bestEpoch}: loss ${state.bestLoss.toFixed(4)} (last ${lastLoss.toFixed(4)})`);
console.log("restored weights:", weights.tolist());
console.log("restored loss:", hingeLoss(weights, xVal, yVal).toFixed(4));
console.log("kept best:", state.bestWeights.tolist());
