// k-means on 2-D points: labels come from a distance sweep and centroid sums are accumulated in fresh arrays, but the initial centroids are a slice of the data, so the in-place centroid update overwrites the first points; a second run starts from a fancy-indexed copy.
// runnable
import { array, zeros, NDArray } from "ndalias";

const K = 3;

function nearest(points: NDArray, centroids: NDArray): number[] {
  const labels: number[] = [];
  for (let i = 0; i < points.shape[0]; i++) {
    let best = 0;
    let bestDist = Infinity;
    for (let j = 0; j < centroids.shape[0]; j++) {
      const d = points.slice(i).sub(centroids.slice(j));
      const dist = d.mul(d).sum();
      if (dist < bestDist) {
        bestDist = dist;
        best = j;
      }
    }
    labels.push(best);
  }
  return labels;
}

function inertia(points: NDArray, centroids: NDArray): number {
  const labels = nearest(points, centroids);
  let total = 0;
  labels.forEach((l, i) => {
    const d = points.slice(i).sub(centroids.slice(l));
    total += d.mul(d).sum();
  });
  return total;
}

function kmeansFrom(points: NDArray, init: number[], iters: number): NDArray {
  let centroids = points.take(init, 0);
  for (let t = 0; t < iters; t++) {
    const labels = nearest(points, centroids);
    const next = centroids.copy();
    for (let j = 0; j < K; j++) {
      const members = labels.flatMap((l, i) => (l === j ? [i] : []));
      if (members.length === 0) continue;
      const cluster = points.take(members, 0);
      next.set([j, 0], cluster.slice(":", 0).mean());
      next.set([j, 1], cluster.slice(":", 1).mean());
    }
    centroids = next;
  }
  return centroids;
}

const points = array([
  [0.0, 0.2], [9.1, 0.3], [4.8, 5.2], [0.4, 0.1], [8.7, 0.0], [5.1, 4.9],
  [0.2, 0.5], [9.3, 0.6], [4.6, 5.4], [0.1, 0.0], [8.9, 0.4], [5.3, 5.0],
]);

const centroids = points.slice(`0:${K}`);
for (let iter = 0; iter < 5; iter++) {
  const labels = nearest(points, centroids);
  const sums = zeros([K, 2]);
  const counts = zeros(K);
  for (let i = 0; i < labels.length; i++) {
    sums.slice(labels[i]).iadd(points.slice(i));
    counts.set(labels[i], counts.get(labels[i]) + 1);
  }
  for (let j = 0; j < K; j++) {
    if (counts.get(j) > 0) centroids.assign(j, sums.slice(j).div(counts.get(j))); // expect: no-view-mutation
  }
}
console.log("centroids:", centroids.tolist(), "inertia:", inertia(points, centroids).toFixed(3));

const safe = kmeansFrom(points, [0, 1, 2], 5);
console.log("copy-initialised centroids:", safe.tolist(), "inertia:", inertia(points, safe).toFixed(3));
