// Runs a few k-means iterations on 2-D customer features, tracks centroid movement and inertia, and builds sorted per-cluster summaries.
import { array, zeros, NDArray } from "ndalias";

function assignLabels(points: NDArray, centroids: NDArray): number[] {
  const labels: number[] = [];
  for (let i = 0; i < points.shape[0]; i++) {
    const p = points.slice(i);
    let best = 0;
    let bestDist = Infinity;
    for (let k = 0; k < centroids.shape[0]; k++) {
      const d = p.sub(centroids.slice(k));
      const dist = d.mul(d).sum();
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    }
    labels.push(best);
  }
  return labels;
}

function membersOf(labels: number[], c: number): number[] {
  return labels.flatMap((l, i) => (l === c ? [i] : []));
}

function updateCentroids(points: NDArray, labels: number[], previous: NDArray): NDArray {
  const next = previous.copy();
  for (let c = 0; c < previous.shape[0]; c++) {
    const idx = membersOf(labels, c);
    if (idx.length === 0) continue;
    const members = points.take(idx, 0);
    const centroid = zeros(points.shape[1]);
    for (let r = 0; r < members.shape[0]; r++) centroid.iadd(members.slice(r));
    centroid.idiv(members.shape[0]);
    next.assign(c, centroid);
  }
  return next;
}

function clusterSpread(points: NDArray, labels: number[], centroids: NDArray, c: number): number {
  const idx = membersOf(labels, c);
  if (idx.length === 0) return 0;
  const members = points.take(idx, 0);
  for (let r = 0; r < members.shape[0]; r++) {
    members.slice(r).isub(centroids.slice(c));
  }
  return Math.sqrt(members.mul(members).sum() / idx.length);
}

const points = array([
  [1.0, 1.2],
  [0.8, 0.9],
  [1.3, 1.1],
  [5.0, 4.8],
  [5.4, 5.1],
  [4.7, 5.3],
  [9.1, 0.5],
  [8.8, 0.9],
]);

let centroids = points.take([0, 3, 6], 0);
let previous = centroids.copy();
const inertia = zeros(4);

for (let it = 0; it < 4; it++) {
  const labels = assignLabels(points, centroids);
  centroids = updateCentroids(points, labels, centroids);

  const shift = centroids.sub(previous);
  shift.imul(shift);
  const moved = Math.sqrt(shift.sum());
  previous = centroids.copy();

  let total = 0;
  for (let c = 0; c < centroids.shape[0]; c++) {
    total += clusterSpread(points, labels, centroids, c) ** 2 * membersOf(labels, c).length;
  }
  inertia.set(it, total);
  console.log(`iteration ${it}: moved ${moved.toFixed(4)}`);
}

const finalLabels = assignLabels(points, centroids);
const summaries = new Map<number, NDArray>();
for (let c = 0; c < centroids.shape[0]; c++) {
  const sortedX = points.take(membersOf(finalLabels, c), 0).take([0], 1).flatten();
  sortedX.sort();
  summaries.set(c, sortedX);
}

const relative = [...summaries.values()].map((s) => {
  const r = s.copy();
  r.idiv(s.max());
  return r;
});

console.log("centroids:", centroids.tolist());
console.log("inertia per iteration:", inertia.tolist());
console.log("sorted first feature per cluster:", [...summaries.entries()].map(([c, s]) => [c, s.tolist()]));
console.log("relative to cluster max:", relative.map((r) => r.tolist()));
