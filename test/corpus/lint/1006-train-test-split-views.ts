// Splits a sensor feature matrix into train/test row views, min-max scales the training rows and evaluates a one-feature threshold rule.
// runnable
import { array, zeros, NDArray } from "ndalias";

// columns: vibration RMS, temperature, current draw, acoustic level
const data = array([
  [0.21, 41.0, 3.1, 52],
  [0.84, 58.5, 4.9, 71],
  [0.33, 43.2, 3.4, 55],
  [0.91, 61.0, 5.2, 74],
  [0.27, 40.1, 2.9, 50],
  [0.77, 55.4, 4.6, 69],
  [0.45, 47.9, 3.8, 60],
  [0.88, 59.7, 5.0, 72],
  [0.30, 42.6, 3.2, 53],
  [0.69, 53.1, 4.4, 66],
]);
const labels = array([0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
const FEATURE = 2;
const nTrain = 7;

// X_train, X_test = X[:n], X[n:]   (basic slicing: views, as in NumPy)
const Xtrain = data.slice(`:${nTrain}`);
const Xtest = data.slice(`${nTrain}:`);
const ytrain = labels.slice(`:${nTrain}`);
const ytest = labels.slice(`${nTrain}:`);

function columnRange(X: NDArray): { lo: NDArray; span: NDArray } {
  const d = X.shape[1];
  const lo = zeros(d);
  const hi = zeros(d);
  for (let j = 0; j < d; j++) {
    lo.set(j, X.slice(":", j).min());
    hi.set(j, X.slice(":", j).max());
  }
  const span = hi.sub(lo);
  for (let j = 0; j < d; j++) {
    if (span.get(j) === 0) span.set(j, 1);
  }
  return { lo, span };
}

function accuracyAt(x: NDArray, y: NDArray, t: number): number {
  let correct = 0;
  for (let i = 0; i < x.size; i++) {
    const pred = x.get(i) > t ? 1 : 0;
    if (pred === y.get(i)) correct++;
  }
  return correct / x.size;
}

function bestThreshold(x: NDArray, y: NDArray): { t: number; acc: number } {
  let best = { t: 0, acc: -1 };
  for (let k = 1; k < 10; k++) {
    const t = k / 10;
    const acc = accuracyAt(x, y, t);
    if (acc > best.acc) best = { t, acc };
  }
  return best;
}

const { lo, span } = columnRange(Xtrain);
console.log("train minima:", lo.tolist());

// scaler.fit_transform(X_train)
Xtrain.isub(lo); // expect: no-view-mutation not-observed
Xtrain.idiv(span); // expect: no-view-mutation

// scaler.transform(X_test) -> new array
const XtestScaled = Xtest.sub(lo);
XtestScaled.idiv(span);

const rule = bestThreshold(Xtrain.slice(":", FEATURE), ytrain);
const testAcc = accuracyAt(XtestScaled.slice(":", FEATURE), ytest, rule.t);
console.log(`threshold ${rule.t.toFixed(1)}: train acc ${rule.acc.toFixed(2)}, test acc ${testAcc.toFixed(2)}`);

// report in physical units: per-class mean current draw over the whole table
for (const cls of [0, 1]) {
  let total = 0;
  let count = 0;
  for (let i = 0; i < data.shape[0]; i++) {
    if (labels.get(i) === cls) {
      total += data.get(i, FEATURE);
      count++;
    }
  }
  console.log(`class ${cls}: mean current ${(total / count).toFixed(2)} A over ${count} rows`);
}
console.log("raw table checksum:", data.sum().toFixed(2));
