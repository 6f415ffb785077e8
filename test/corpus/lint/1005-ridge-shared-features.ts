// Fits a ridge regressor and a nearest-centroid segment classifier on one shared housing feature matrix and compares their training fit.
import { array, zeros, NDArray } from "ndalias";

const FEATURE_NAMES = ["rooms", "age", "distance"];

function columnMeans(X: NDArray): NDArray {
  const d = X.shape[1];
  const mu = zeros(d);
  for (let j = 0; j < d; j++) {
    mu.set(j, X.slice(":", j).mean());
  }
  return mu;
}

function predict(X: NDArray, w: NDArray, b: number): NDArray {
  const n = X.shape[0];
  const yhat = zeros(n);
  for (let i = 0; i < n; i++) {
    yhat.set(i, X.slice(i).mul(w).sum() + b);
  }
  return yhat;
}

// np.log1p(src, out=out)
function logTransformInto(src: NDArray, out: NDArray): void {
  for (let i = 0; i < src.size; i++) {
    out.data[i] = Math.log1p(src.data[i] as number);
  }
}

// Port of a small sklearn-style Ridge with fit_intercept=True, solved by gradient descent.
function fitRidge(X: NDArray, y: NDArray, lam: number, epochs: number, lr: number): { w: NDArray; b: number } {
  const [n, d] = X.shape;
  // centre the design matrix so the intercept decouples from the weights
  X.isub(columnMeans(X)); // expect: no-alias-mutation
  const w = zeros(d);
  let b = y.mean();
  for (let epoch = 0; epoch < epochs; epoch++) {
    const resid = predict(X, w, b).sub(y);
    const grad = zeros(d);
    for (let j = 0; j < d; j++) {
      grad.set(j, X.slice(":", j).mul(resid).sum() / n);
    }
    grad.iadd(w.mul(lam));
    w.isub(grad.mul(lr));
    b -= lr * resid.mean();
  }
  return { w, b };
}

function nearestCentroidAccuracy(X: NDArray, labels: number[]): number {
  const [n, d] = X.shape;
  const classes = [...new Set(labels)];
  const centroids = zeros([classes.length, d]);
  const counts = zeros(classes.length);
  for (let i = 0; i < n; i++) {
    const c = classes.indexOf(labels[i]);
    centroids.slice(c).iadd(X.slice(i));
    counts.set(c, counts.get(c) + 1);
  }
  for (let c = 0; c < classes.length; c++) {
    centroids.slice(c).idiv(counts.get(c));
  }
  let correct = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < classes.length; c++) {
      const diff = X.slice(i).sub(centroids.slice(c));
      const dist = diff.mul(diff).sum();
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    if (classes[best] === labels[i]) correct++;
  }
  return correct / n;
}

const features = array([
  [6.1, 35, 4.2],
  [5.4, 62, 6.8],
  [7.2, 12, 2.1],
  [4.8, 80, 7.5],
  [6.6, 28, 3.3],
  [5.9, 45, 5.0],
  [7.8, 8, 1.6],
  [5.1, 71, 6.1],
]);
const prices = array([24.0, 18.5, 33.1, 14.2, 27.4, 21.0, 36.8, 16.3]);
const segment = [1, 0, 1, 0, 1, 0, 1, 0];

// log-scaled copy for the classifier; the raw matrix stays untouched
const logFeatures = zeros(features.shape);
logTransformInto(features, logFeatures);

const ridge = fitRidge(features, prices, 0.05, 300, 0.001);
const resid = predict(features, ridge.w, ridge.b).sub(prices);
console.log("ridge RMSE:", Math.sqrt(resid.mul(resid).mean()));
console.log(
  "ridge weights:",
  FEATURE_NAMES.map((name, j) => `${name}=${ridge.w.get(j).toFixed(3)}`).join(", "),
);

// 'age' dominates the Euclidean distance, so bring it onto the scale of the other columns
const scaled = features;
for (let i = 0; i < scaled.shape[0]; i++) {
  scaled.set([i, 1], scaled.get(i, 1) / 10); // expect: no-alias-mutation
}
console.log("nearest-centroid accuracy (scaled):", nearestCentroidAccuracy(scaled, segment));
console.log("nearest-centroid accuracy (log):", nearestCentroidAccuracy(logFeatures, segment));
console.log("raw feature means:", columnMeans(features).tolist());
