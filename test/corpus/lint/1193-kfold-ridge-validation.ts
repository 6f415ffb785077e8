// K-fold cross-validation of a ridge regressor trained by gradient descent, with feature scaling fitted per fold.
import { array, zeros, NDArray } from "ndalias";

function fitRidge(xs: NDArray, ys: NDArray, l2: number, epochs: number, lr: number): NDArray {
  const [n, d] = xs.shape;
  const w = zeros(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = w.mul(2 * l2);
    for (let i = 0; i < n; i++) {
      let pred = 0;
      for (let j = 0; j < d; j++) pred += w.get(j) * xs.get(i, j);
      const err = pred - ys.get(i);
      for (let j = 0; j < d; j++) grad.set(j, grad.get(j) + (2 * err * xs.get(i, j)) / n);
    }
    w.isub(grad.mul(lr));
  }
  return w;
}

function mse(w: NDArray, xs: NDArray, ys: NDArray): number {
  let total = 0;
  for (let i = 0; i < xs.shape[0]; i++) {
    let pred = 0;
    for (let j = 0; j < w.size; j++) pred += w.get(j) * xs.get(i, j);
    total += (pred - ys.get(i)) ** 2;
  }
  return total / xs.shape[0];
}

// Scales the columns of x in place by the given factors.
function scaleColumns(x: NDArray, factors: NDArray): void {
  for (let j = 0; j < factors.size; j++) x.slice(":", j).imul(factors.get(j));
}

const features = array([
  [1.0, 200, 0.5],
  [2.0, 180, 0.1],
  [1.5, 260, 0.9],
  [3.0, 150, 0.3],
  [2.5, 300, 0.7],
  [0.5, 220, 0.2],
  [1.2, 240, 0.8],
  [2.8, 170, 0.4],
]);
const targets = array([3.1, 3.9, 4.2, 5.0, 6.3, 2.4, 4.0, 4.9]);

const k = 4;
const foldSize = features.shape[0] / k;
const foldLosses = zeros(k);

for (let fold = 0; fold < k; fold++) {
  const valIdx: number[] = [];
  const trainIdx: number[] = [];
  for (let i = 0; i < features.shape[0]; i++) {
    (Math.floor(i / foldSize) === fold ? valIdx : trainIdx).push(i);
  }

  // Fancy indexing gives each fold its own arrays.
  const xTrain = features.take(trainIdx, 0);
  const xVal = features.take(valIdx, 0);
  const yTrain = targets.take(trainIdx);
  const yVal = targets.take(valIdx);

  const maxima = zeros(xTrain.shape[1]);
  for (let j = 0; j < maxima.size; j++) maxima.set(j, 1 / xTrain.slice(":", j).max());
  scaleColumns(xTrain, maxima);
  scaleColumns(xVal, maxima);

  const w = fitRidge(xTrain, yTrain, 0.01, 200, 0.3);
  foldLosses.set(fold, mse(w, xVal, yVal));
}

// Print the first raw rows, then scale the full buffer in place for the final fit.
const firstRows = features.slice(":2");
console.log("first raw rows:", firstRows.tolist(), "fold losses:", foldLosses.tolist());

const colMax = zeros(3);
for (let j = 0; j < 3; j++) colMax.set(j, 1 / features.slice(":", j).max());
scaleColumns(features, colMax);

const finalW = fitRidge(features, targets, 0.01, 300, 0.3);
const cvScore = foldLosses.mean();
const trainScore = mse(finalW, features, targets);
console.log(`cv mse ${cvScore.toFixed(4)}, train mse ${trainScore.toFixed(4)}`);
console.log("final weights:", finalW.tolist());
console.log("scaled features row 0:", features.slice(0).tolist());
