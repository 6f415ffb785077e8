// Clusters 2-D customer features with k-means, builds a pairwise distance table and reports shifted and rescaled centroids.
import { array, zeros, NDArray } from "ndalias";

interface Cluster {
  id: number;
  centroid: NDArray;
  members: number[];
}

function squaredDistance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return d.mul(d).sum();
}

function nearest(point: NDArray, clusters: Cluster[]): number {
  let best = 0;
  let bestDist = Infinity;
  for (let c = 0; c < clusters.length; c++) {
    const dist = squaredDistance(point, clusters[c].centroid);
    if (dist < bestDist) {
      bestDist = dist;
      best = c;
    }
  }
  return best;
}

function assignMembers(points: NDArray, clusters: Cluster[]): number {
  clusters.forEach((c) => (c.members = []));
  let inertia = 0;
  for (let i = 0; i < points.shape[0]; i++) {
    const row = points.slice(i);
    const c = nearest(row, clusters);
    clusters[c].members.push(i);
    inertia += squaredDistance(row, clusters[c].centroid);
  }
  return inertia;
}

function updateCentroids(points: NDArray, clusters: Cluster[]): number {
  let moved = 0;
  for (const cluster of clusters) {
    if (cluster.members.length === 0) continue;
    const total = zeros(points.shape[1]);
    for (const m of cluster.members) {
      total.iadd(points.slice(m));
    }
    const centroid = total.div(cluster.members.length);
    moved += Math.sqrt(squaredDistance(centroid, cluster.centroid));
    cluster.centroid = centroid;
  }
  return moved;
}

function kmeans(points: NDArray, seeds: number[], maxIter: number): { clusters: Cluster[]; inertia: number } {
  const clusters: Cluster[] = seeds.map((s, id) => ({ id, centroid: points.slice(s).copy(), members: [] }));
  let inertia = assignMembers(points, clusters);
  for (let iter = 0; iter < maxIter; iter++) {
    const moved = updateCentroids(points, clusters);
    inertia = assignMembers(points, clusters);
    if (moved < 1e-9) break;
  }
  return { clusters, inertia };
}

function distanceTable(points: NDArray): NDArray {
  const n = points.shape[0];
  const table = zeros([n, n]);
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const d = Math.sqrt(squaredDistance(points.slice(k), points.slice(i)));
      table.set([k, i], d);
      table.set([i, k], d);
    }
  }
  return table;
}

/** Scales every feature column of the matrix to the range [0, 1] in place. */
function minMaxScaleColumns(points: NDArray): void {
  for (let j = 0; j < points.shape[1]; j++) {
    const column = points.slice(":", j);
    const lo = column.min();
    const span = column.max() - lo || 1;
    column.isub(lo);
    column.idiv(span);
  }
}

const customers = array([
  [25, 40_000], [27, 42_000], [23, 39_000],
  [45, 90_000], [48, 95_000], [44, 88_000],
  [63, 52_000], [66, 50_000], [61, 55_000],
]);

const preview = customers.slice(":3");
console.log("first customers:", preview.tolist());

const features = customers.astype("float64");
minMaxScaleColumns(features);

const { clusters, inertia } = kmeans(features, [0, 3, 6], 20);
console.log("inertia:", inertia.toFixed(4));
for (const c of clusters) {
  console.log(`cluster ${c.id}: members ${c.members.join(",")} centroid`, c.centroid.tolist());
}

const largest = clusters.find((c) => c.members.length >= 3);
if (largest) {
  const shifted = largest.centroid.copy();
  shifted.iadd(0.05);
  console.log("shifted centroid:", shifted.tolist(), "original:", largest.centroid.tolist());
}

const lastCluster = clusters.at(-1);
if (lastCluster) {
  const relative = lastCluster.centroid.div(lastCluster.centroid.max());
  relative.imul(100);
  console.log("last centroid as % of its max feature:", relative.tolist());
}

const table = distanceTable(features);
const closestPair = { a: 0, b: 1, d: Infinity };
for (let k = 0; k < table.shape[0]; k++) {
  for (let i = k + 1; i < table.shape[1]; i++) {
    if (table.get(k, i) < closestPair.d) Object.assign(closestPair, { a: k, b: i, d: table.get(k, i) });
  }
}
console.log(`closest customers: ${closestPair.a} and ${closestPair.b} (${closestPair.d.toFixed(4)})`);

customers.set([0, 0], 26);
console.log("corrected raw age:", customers.get(0, 0), "scaled features total:", features.sum().toFixed(4));
