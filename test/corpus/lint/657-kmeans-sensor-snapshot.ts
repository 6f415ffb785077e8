// k-means clustering of standardised sensor readings with a convergence check against a snapshot of the previous centroids.
// runnable
import { array, zeros, NDArray } from "ndalias";

const readings = array([
  [20.1, 0.30],
  [21.0, 0.35],
  [19.8, 0.28],
  [35.2, 0.80],
  [36.0, 0.85],
  [34.7, 0.78],
  [27.5, 0.55],
  [28.1, 0.60],
  [26.9, 0.52],
]);
const k = 3;

function assignLabels(data: NDArray, centroids: NDArray): number[] {
  const labels: number[] = [];
  for (let i = 0; i < data.shape[0]; i++) {
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < centroids.shape[0]; c++) {
      const d = data.slice(i).sub(centroids.slice(c));
      const dist = d.mul(d).sum();
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    labels.push(best);
  }
  return labels;
}

let features: NDArray = readings;
features = features.sub(features.mean());
features.idiv(Math.sqrt(features.mul(features).mean()));

const centroids = features.take([0, 3, 6], 0);
let labels: number[] = [];

for (let iter = 0; iter < 100; iter++) {
  labels = assignLabels(features, centroids);
  const previous = centroids.copy();

  const sums = zeros(centroids.shape);
  const counts = zeros(k);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    sums.slice(c).iadd(features.slice(i));
    counts.set(c, counts.get(c) + 1);
  }
  for (let c = 0; c < k; c++) {
    if (counts.get(c) > 0) centroids.assign(c, sums.slice(c).div(counts.get(c)));
  }

  const shift = centroids.sub(previous);
  const moved = Math.sqrt(shift.mul(shift).sum());
  console.log(`iteration ${iter}: centroid shift ${moved.toExponential(3)}`);
  if (moved < 1e-9) break;
}

console.log("labels:", labels.join(" "));
console.log("standardised centroids:", centroids.tolist());
console.log("raw readings are untouched, first row:", readings.slice(0).tolist());
