// Fits a two-feature linear regression by full-batch gradient descent and reports how far the weights drifted from their start.
// runnable
import { array, NDArray, zeros } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const k = a.shape[1];
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let p = 0; p < k; p++) {
        acc += a.get(i, p) * b.get(p, j);
      }
      out.set([i, j], acc);
    }
  }
  return out;
}

function mse(pred: NDArray, target: NDArray): number {
  const residual = pred.sub(target);
  return residual.mul(residual).mean();
}

const features = array([
  [1, 2],
  [2, 1],
  [3, 0],
  [0, 3],
  [1, 1],
  [2, 2],
]);
const targets = array([[5], [4], [3], [6], [3], [6]]);
const weights = array([[0.5], [0.5]]);
const lr = 0.02;

// Inspect the warm-up batch, centred, before training starts.
const warmup = features.slice("0:4");
warmup.isub(warmup.mean()); // expect: no-view-mutation
console.log("centred warm-up batch:", warmup.tolist());

const initialWeights = weights;
let bestLoss = Infinity;
let bestWeights = weights.copy();

for (let epoch = 0; epoch < 25; epoch++) {
  const pred = matmul(features, weights);
  const loss = mse(pred, targets);
  if (loss < bestLoss) {
    bestLoss = loss;
    bestWeights = weights.copy();
  }
  const residual = pred.sub(targets);
  const grad = matmul(features.T, residual).mul(2 / features.shape[0]);
  weights.isub(grad.mul(lr)); // expect: no-alias-mutation
  if (epoch % 5 === 0) {
    console.log(`epoch ${epoch}: loss ${loss.toFixed(4)}`);
  }
}

const drift = weights.sub(initialWeights);
console.log("final weights:", weights.tolist());
console.log("best loss:", bestLoss.toFixed(4), "best weights:", bestWeights.tolist());
console.log("drift from initial weights:", drift.tolist());
