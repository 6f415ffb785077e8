// k-means clustering of 2-D customer features with Lloyd iterations until the centroids stop moving.
// runnable
import { array, NDArray } from "ndalias";

const points = array([
  [1.0, 1.0],
  [1.5, 2.0],
  [3.0, 4.0],
  [5.0, 7.0],
  [3.5, 5.0],
  [4.5, 5.0],
  [3.5, 4.5],
]);
const k = 2;

function nearest(centroids: NDArray, p: NDArray): number {
  let best = 0;
  let bestDist = Infinity;
  for (let c = 0; c < centroids.shape[0]; c++) {
    const d = centroids.slice(c).sub(p);
    const dist = d.mul(d).sum();
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}

function inertia(centroids: NDArray, labels: number[]): number {
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const d = points.slice(i).sub(centroids.slice(labels[i]));
    total += d.mul(d).sum();
  }
  return total;
}

const centroids = points.take([0, 3], 0);
let labels: number[] = [];

for (let iter = 0; iter < 50; iter++) {
  labels = [];
  for (let i = 0; i < points.shape[0]; i++) labels.push(nearest(centroids, points.slice(i)));

  const oldCentroids = centroids;
  for (let c = 0; c < k; c++) {
    const members = labels.flatMap((l, i) => (l === c ? [i] : []));
    if (members.length === 0) continue;
    const cluster = points.take(members, 0);
    for (let j = 0; j < cluster.shape[1]; j++) {
      centroids.set([c, j], cluster.slice(":", j).mean()); // expect: no-alias-mutation
    }
  }

  const shift = centroids.sub(oldCentroids);
  const moved = Math.sqrt(shift.mul(shift).sum());
  console.log(`iteration ${iter}: moved ${moved.toFixed(6)}, inertia ${inertia(centroids, labels).toFixed(3)}`);
  if (moved < 1e-6) break;
}

console.log("centroids:", centroids.tolist());
console.log("labels:", labels.join(" "));
