// Splits a labelled dataset into train and test folds, standardises both with train statistics and prints nearest-centroid accuracy.
import { array, zeros, NDArray } from "ndalias";

interface Fold {
  x: NDArray;
  y: number[];
}

function split(x: NDArray, labels: number[], testEvery: number): [Fold, Fold] {
  const trainIdx: number[] = [];
  const testIdx: number[] = [];
  for (let i = 0; i < x.shape[0]; i++) {
    (i % testEvery === 0 ? testIdx : trainIdx).push(i);
  }
  return [
    { x: x.take(trainIdx, 0), y: trainIdx.map((i) => labels[i]) },
    { x: x.take(testIdx, 0), y: testIdx.map((i) => labels[i]) },
  ];
}

function columnStats(x: NDArray): [NDArray, NDArray] {
  const [n, d] = x.shape;
  const mean = zeros(d);
  const std = zeros(d);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += x.get(i, j);
    const m = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (x.get(i, j) - m) ** 2;
    mean.set(j, m);
    std.set(j, Math.sqrt(v / n) || 1);
  }
  return [mean, std];
}

function centroids(fold: Fold, classes: number): NDArray[] {
  const d = fold.x.shape[1];
  const sums: NDArray[] = [];
  const counts: number[] = [];
  for (let c = 0; c < classes; c++) {
    sums.push(zeros(d));
    counts.push(0);
  }
  for (let i = 0; i < fold.y.length; i++) {
    sums[fold.y[i]].iadd(fold.x.slice(i));
    counts[fold.y[i]]++;
  }
  for (let c = 0; c < classes; c++) {
    sums[c].idiv(Math.max(1, counts[c]));
  }
  return sums;
}

function predict(centres: NDArray[], sample: NDArray): number {
  let best = 0;
  let bestDist = Infinity;
  centres.forEach((centre, c) => {
    const diff = centre.sub(sample);
    const dist = diff.mul(diff).sum();
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  });
  return best;
}

const features = array([
  [5.1, 3.5, 1.4], [4.9, 3.0, 1.4], [6.2, 2.9, 4.3], [5.9, 3.0, 4.2],
  [6.9, 3.1, 5.4], [6.7, 3.3, 5.7], [5.0, 3.4, 1.5], [6.1, 2.8, 4.0],
  [7.2, 3.0, 5.8], [4.6, 3.1, 1.5], [5.7, 2.6, 3.5], [6.3, 2.7, 4.9],
]);
const labels = [0, 0, 1, 1, 2, 2, 0, 1, 2, 0, 1, 2];

const [train, test] = split(features, labels, 4);
const [mu, sigma] = columnStats(train.x);

train.x.isub(mu);
train.x.idiv(sigma);
test.x.isub(mu);
test.x.idiv(sigma);

const centres = centroids(train, 3);
let correct = 0;
for (let i = 0; i < test.y.length; i++) {
  if (predict(centres, test.x.slice(i)) === test.y[i]) correct++;
}
console.log(`accuracy: ${correct}/${test.y.length}`);
console.log("train mean after standardising:", train.x.mean().toFixed(6));
console.log("raw first sample:", features.slice(0).tolist());

// Smooth the spread estimate over a few rounds with two buffers that swap roles.
let prev = sigma.copy();
let next = zeros(sigma.size);
for (let round = 0; round < 3; round++) {
  for (let j = 0; j < sigma.size; j++) {
    next.set(j, 0.5 * prev.get(j) + 0.5 * sigma.mean());
  }
  [prev, next] = [next, prev];
}
console.log("smoothed spread:", prev.tolist(), "raw spread:", sigma.tolist());
console.log("centroids:", centres.map((c) => c.tolist()));
