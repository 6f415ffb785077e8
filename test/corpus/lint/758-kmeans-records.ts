// Two-dimensional k-means over a fixed point list: cluster records with centroids, lookups with find/at, and a report.
import { array, zeros, NDArray } from "ndalias";

interface ClusterRecord {
  id: string;
  centroid: NDArray;
  members: number[];
}

const points = [
  array([1.0, 1.2]),
  array([1.4, 0.9]),
  array([0.8, 1.1]),
  array([5.0, 5.2]),
  array([5.5, 4.8]),
  array([4.9, 5.6]),
  array([9.1, 0.7]),
  array([8.7, 1.3]),
];

const basis = [zeros(2), array([1, 0]), array([0, 1])];
basis[1].imul(3);
basis[2].imul(-1);
console.log("origin:", basis[0].tolist(), "scaled axes:", basis[1].tolist(), basis[2].tolist());

function squaredDistance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return d.mul(d).sum();
}

function nearest(clusters: ClusterRecord[], p: NDArray): ClusterRecord {
  let best = clusters[0];
  let bestDist = squaredDistance(best.centroid, p);
  for (const c of clusters.slice(1)) {
    const dist = squaredDistance(c.centroid, p);
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

function meanOfMembers(cluster: ClusterRecord): NDArray {
  const acc = zeros(2);
  for (const idx of cluster.members) acc.iadd(points[idx]);
  if (cluster.members.length > 0) acc.idiv(cluster.members.length);
  return acc;
}

function initialClusters(): ClusterRecord[] {
  return [
    { id: "a", centroid: points[0].copy(), members: [] },
    { id: "b", centroid: points[3].copy(), members: [] },
    { id: "c", centroid: points[6].copy(), members: [] },
  ];
}

function iterate(clusters: ClusterRecord[]): number {
  for (const c of clusters) c.members = [];
  points.forEach((p, idx) => nearest(clusters, p).members.push(idx));
  let shift = 0;
  for (const c of clusters) {
    const updated = meanOfMembers(c);
    shift += squaredDistance(updated, c.centroid);
    c.centroid = updated;
  }
  return shift;
}

function inertia(clusters: ClusterRecord[]): number {
  let total = 0;
  for (const c of clusters) {
    for (const idx of c.members) total += squaredDistance(points[idx], c.centroid);
  }
  return total;
}

const clusters = initialClusters();
for (let round = 0; round < 5; round++) {
  const shift = iterate(clusters);
  console.log(`round ${round}: centroid shift ${shift.toFixed(4)}`);
  if (shift < 1e-9) break;
}

const middle = clusters.find((c) => c.id === "b");
if (middle !== undefined) {
  const shifted = middle.centroid.copy();
  shifted.iadd(0.5);
  console.log("shifted copy of b:", shifted.tolist(), "centroid b:", middle.centroid.tolist());
}

const last = clusters.at(-1);
if (last !== undefined) {
  const doubled = last.centroid.mul(2);
  doubled.isub(1);
  console.log("2*c - 1:", doubled.tolist(), "centroid c:", last.centroid.tolist());
}

const spread = clusters.map((c) => {
  const ordered = c.centroid.copy();
  ordered.sort();
  return { id: c.id, ordered: ordered.tolist(), size: c.members.length };
});
console.log("per-cluster spread:", JSON.stringify(spread));

const firstPoint = points[0];
const projected = array([firstPoint.get(0), firstPoint.get(1)]);
projected.imul(basis[1]);
console.log("first point on scaled x axis:", projected.tolist(), "first point:", firstPoint.tolist());

const labels = points.map((p) => nearest(clusters, p).id);
console.log("labels:", labels.join(""), "inertia:", inertia(clusters).toFixed(4));
