// Clusters 2-D sensor readings with k-means after suppressing rows flagged as outliers, and prints the cluster centres.
// runnable
import { array, zeros, NDArray } from "ndalias";

function sqDist(points: NDArray, i: number, centres: NDArray, c: number): number {
  const dx = points.get(i, 0) - centres.get(c, 0);
  const dy = points.get(i, 1) - centres.get(c, 1);
  return dx * dx + dy * dy;
}

function assignLabels(points: NDArray, centres: NDArray): number[] {
  const labels: number[] = [];
  for (let i = 0; i < points.shape[0]; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < centres.shape[0]; c++) {
      const d = sqDist(points, i, centres, c);
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    labels.push(best);
  }
  return labels;
}

function updateCentres(points: NDArray, labels: number[], k: number): NDArray {
  const centres = zeros([k, 2]);
  for (let c = 0; c < k; c++) {
    const idx: number[] = [];
    labels.forEach((l, i) => {
      if (l === c) idx.push(i);
    });
    if (idx.length === 0) continue;
    const members = points.take(idx, 0);
    const total = members.slice(":", 0).sum();
    const totalY = members.slice(":", 1).sum();
    centres.set([c, 0], total / idx.length);
    centres.set([c, 1], totalY / idx.length);
  }
  return centres;
}

function flagOutliers(points: NDArray, zLimit: number): number[] {
  const flagged: number[] = [];
  for (let axis = 0; axis < 2; axis++) {
    const col = points.slice(":", axis);
    const mu = col.mean();
    const sd = Math.sqrt(col.sub(mu).mul(col.sub(mu)).mean());
    for (let i = 0; i < col.size; i++) {
      if (Math.abs(col.get(i) - mu) > zLimit * sd && !flagged.includes(i)) flagged.push(i);
    }
  }
  return flagged;
}

function kmeans(points: NDArray, seeds: number[], iterations: number): { centres: NDArray; labels: number[] } {
  // seed centres are a fancy-indexed copy, nudged apart before the first iteration
  const initial = points.take(seeds, 0);
  initial.iadd(0.01);
  let centres = initial;
  let labels = assignLabels(points, centres);
  for (let it = 0; it < iterations; it++) {
    centres = updateCentres(points, labels, seeds.length);
    const next = assignLabels(points, centres);
    const changed = next.some((l, i) => l !== labels[i]);
    labels = next;
    if (!changed) break;
  }
  return { centres, labels };
}

const readings = array([
  [1.0, 1.1],
  [0.9, 1.3],
  [1.2, 0.8],
  [5.1, 4.9],
  [4.8, 5.2],
  [5.3, 5.0],
  [0.2, 40.0],
  [1.1, 0.9],
  [5.0, 5.1],
  [4.9, 4.7],
  [1.0, 1.0],
  [5.2, 5.3],
]);

const outliers = flagOutliers(readings, 2.5);
console.log("outlier rows:", outliers);
if (outliers.length > 0) {
  // meant to blank the flagged rows of the readings before clustering
  readings.take(outliers, 0).fill(0); // expect: no-lost-write
}

const { centres, labels } = kmeans(readings, [0, 3], 10);
const sizes = [0, 0];
for (const l of labels) sizes[l]++;
console.log("centres:", centres.tolist());
console.log("cluster sizes:", sizes);

const spread = zeros(centres.shape[0]);
labels.forEach((l, i) => {
  spread.set(l, spread.get(l) + sqDist(readings, i, centres, l));
});
console.log("within-cluster spread:", spread.tolist());
