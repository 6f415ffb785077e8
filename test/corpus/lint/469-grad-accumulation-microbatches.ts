// Accumulates per-micro-batch gradients into one SGD update and logs the warm-up micro-batch separately from the rest.
// runnable
import { array, NDArray, zeros } from "ndalias";

// Gradient of the mean squared error of a linear model y = x . w over one micro-batch.
function linearGrad(w: NDArray, xb: NDArray, yb: NDArray): NDArray {
  const n = xb.shape[0];
  const grad = zeros(w.size);
  for (let i = 0; i < n; i++) {
    let pred = 0;
    for (let j = 0; j < w.size; j++) pred += xb.get(i, j) * w.get(j);
    const err = pred - yb.get(i);
    for (let j = 0; j < w.size; j++) {
      grad.set(j, grad.get(j) + (2 * err * xb.get(i, j)) / n);
    }
  }
  return grad;
}

const data = array([
  [1, 0.5],
  [0.2, 1],
  [1.5, -0.3],
  [0.7, 0.7],
  [-1, 2],
  [0.3, 0.1],
]);
const labels = array([1.2, 0.9, 1.4, 1.1, 0.8, 0.4]);
const w = array([0.1, -0.1]);
const lr = 0.1;
const microBatch = 2;

const microGrads: NDArray[] = [];
for (let start = 0; start < data.shape[0]; start += microBatch) {
  const xb = data.slice(`${start}:${start + microBatch}`);
  const yb = labels.slice(`${start}:${start + microBatch}`);
  microGrads.push(linearGrad(w, xb, yb));
}

// Sum the micro-batch gradients and apply one averaged update.
const accum = microGrads[0];
for (let k = 1; k < microGrads.length; k++) {
  accum.iadd(microGrads[k]); // expect: no-alias-mutation
}
const update = accum.mul(lr / microGrads.length);
w.isub(update);

// One row per micro-batch: its gradient components.
const gradLog = zeros([microGrads.length, 2]);
microGrads.forEach((g, k) => {
  gradLog.set([k, 0], g.get(0));
  gradLog.set([k, 1], g.get(1));
});

const warmupRow = gradLog.slice(0);
gradLog.slice(0).fill(0); // expect: no-view-mutation
const steadyMean = gradLog.sum() / (2 * (microGrads.length - 1));

console.log("updated weights:", w.tolist());
console.log("first micro-batch grad:", microGrads[0].tolist());
console.log("warm-up gradient:", warmupRow.tolist(), "steady-state mean component:", steadyMean.toFixed(4));
