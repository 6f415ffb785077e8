// Notebook port: feature engineering for a churn model — drops a leaky column, clips spend, samples customers and casts to float32.
import { array, zeros, NDArray } from "ndalias";

// %% [1] design matrix: 6 customers x 5 features
const X = array([
  [12, 340, 3, 1, 0],
  [48, 120, 1, 0, 1],
  [3, 910, 7, 1, 2],
  [27, 260, 2, 0, 0],
  [60, 75, 0, 0, 0],
  [8, 640, 5, 1, 1],
]);
const y = array([1, 0, 1, 0, 0, 1]);
const featureNames = ["tenure", "spend", "calls", "leak_flag", "refunds"];
console.log("X shape:", X.shape, "churn rate:", y.mean().toFixed(2));

// %% [2] per-feature summary
for (let j = 0; j < featureNames.length; j++) {
  const col = X.slice(":", j);
  console.log(`${featureNames[j].padEnd(9)} mean=${col.mean().toFixed(1)} max=${col.max()}`);
}

// %% [3] the leak_flag column is the label in disguise: zero it out
const leakIdx = featureNames.indexOf("leak_flag");
X.take([leakIdx], 1).fill(0); // expect: no-lost-write
console.log("leak column sum after masking:", X.slice(":", leakIdx).sum());

// %% [4] clip the single biggest spender to 500
let maxPos = 0;
let maxVal = -Infinity;
for (let i = 0; i < X.shape[0]; i++) {
  if (X.get(i, 1) > maxVal) {
    maxVal = X.get(i, 1);
    maxPos = i * X.shape[1] + 1;
  }
}
const flatX = X.flatten();
flatX.set(maxPos, 500); // expect: no-lost-write
console.log("max spend after clipping:", X.slice(":", 1).max());

// %% [5] ...the versions that do what was intended
X.slice(":", leakIdx).fill(0);
const spendClipped = X.slice(":", 1).copy();
for (let i = 0; i < spendClipped.size; i++) {
  if (spendClipped.get(i) > 500) spendClipped.set(i, 500);
}
X.assign(":, 1", spendClipped);
console.log("leak column sum:", X.slice(":", leakIdx).sum(), "max spend:", X.slice(":", 1).max());

// %% [6] a bootstrap sample of customers (take() copies, and we use the copy)
const sampleIdx = [0, 2, 2, 5, 3, 1];
const sample = X.take(sampleIdx, 0);
sample.slice(":", 0).idiv(12);
console.log("sample tenure (years):", sample.slice(":", 0).tolist());
const ySample = y.take(sampleIdx);
console.log("sample churn rate:", ySample.mean().toFixed(2));

// %% [7] min-max scaling into a float32 matrix for the model
const X32 = X.astype("float32");
for (let j = 0; j < X32.shape[1]; j++) {
  const lo = X32.slice(":", j).min();
  const hi = X32.slice(":", j).max();
  if (hi > lo) {
    X32.slice(":", j).isub(lo);
    X32.slice(":", j).idiv(hi - lo);
  }
}
console.log("scaled X32:", X32.tolist());

// %% [8] one-vs-rest logistic score with hand-picked weights
const w = array([-0.03, 0.004, 0.4, 0, 0.5]);
function scores(features: NDArray, weights: NDArray): NDArray {
  const out = zeros(features.shape[0]);
  for (let i = 0; i < features.shape[0]; i++) {
    const z = features.slice(i).mul(weights).sum();
    out.set(i, 1 / (1 + Math.exp(-z)));
  }
  return out;
}
const p = scores(X, w);
console.log("churn probability:", p.tolist());

// %% [9] accuracy at a 0.5 threshold
let correct = 0;
for (let i = 0; i < p.size; i++) {
  const pred = p.get(i) >= 0.5 ? 1 : 0;
  if (pred === y.get(i)) correct++;
}
console.log("accuracy:", (correct / p.size).toFixed(2));

// %% [10] residuals
const resid = y.sub(p);
resid.imul(resid);
console.log("mean squared residual:", resid.mean().toFixed(4));
