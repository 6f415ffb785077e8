// Runs Lloyd iterations of k-means on 2-D points, re-seeding empty clusters from the farthest point, and reports centroids and inertia.
import { array, zeros, NDArray } from "ndalias";

function nearest(points: NDArray, centroids: NDArray): { labels: number[]; inertia: number; farthest: number } {
  const n = points.shape[0];
  const k = centroids.shape[0];
  const labels: number[] = [];
  let inertia = 0;
  let farthest = 0;
  let farthestDist = -1;
  for (let i = 0; i < n; i++) {
    const p = points.slice(i);
    let best = 0;
    let bestDist = Infinity;
    for (let c = 0; c < k; c++) {
      const diff = p.sub(centroids.slice(c));
      const d = diff.mul(diff).sum();
      if (d < bestDist) {
        bestDist = d;
        best = c;
      }
    }
    labels.push(best);
    inertia += bestDist;
    if (bestDist > farthestDist) {
      farthestDist = bestDist;
      farthest = i;
    }
  }
  return { labels, inertia, farthest };
}

function lloyd(points: NDArray, init: NDArray, maxIter: number, tol: number): { centroids: NDArray; inertia: number; iters: number } {
  const k = init.shape[0];
  const dims = points.shape[1];
  let centroids: NDArray = init;
  let inertia = Infinity;
  let iters = 0;

  for (let it = 0; it < maxIter; it++) {
    const { labels, inertia: now, farthest } = nearest(points, centroids);
    inertia = now;
    const sums = zeros([k, dims]);
    const counts = zeros(k);
    for (let i = 0; i < labels.length; i++) {
      sums.slice(labels[i]).iadd(points.slice(i));
      counts.set(labels[i], counts.get(labels[i]) + 1);
    }

    const next = centroids.copy();
    let reseeded = 0;
    for (let c = 0; c < k; c++) {
      const n = counts.get(c);
      if (n === 0) {
        const moved = centroids.slice(c).copy();
        moved.assign(":", points.slice(farthest)); // expect: no-lost-write
        reseeded++;
        continue;
      }
      const mean = sums.slice(c).copy();
      mean.idiv(n);
      next.slice(c).assign(":", mean);
    }

    const shift = next.sub(centroids);
    const moveSq = shift.mul(shift).sum();
    centroids = next;
    iters = it + 1;
    if (reseeded === 0 && moveSq < tol * tol) {
      break;
    }
  }
  return { centroids, inertia, iters };
}

const points = array([
  [0.1, 0.2],
  [0.0, 0.1],
  [0.2, 0.0],
  [5.0, 5.1],
  [5.2, 4.9],
  [4.9, 5.0],
  [9.0, 0.1],
  [9.2, 0.0],
]);
const init = array([
  [0, 0],
  [5, 5],
  [20, 20],
]);

const result = lloyd(points, init, 10, 1e-6);
console.log("iterations:", result.iters, "inertia:", result.inertia.toFixed(4));
console.log("centroids:", result.centroids.tolist());
console.log("initial centroids:", init.tolist());

const rounded = result.centroids.copy();
for (let i = 0; i < rounded.size; i++) {
  rounded.data[i] = Math.round((rounded.data[i] as number) * 10) / 10;
}
console.log("rounded:", rounded.tolist());
