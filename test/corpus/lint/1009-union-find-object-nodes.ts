// Single-linkage clustering of 2-D points with a union-find forest kept in object-dtype nodes, then releases the forest.
// runnable
import { array, empty, NDArray, memoryStats, collect } from "ndalias";

// node layout, like a record array of dtype=object: [parent, centroid, size]
const PARENT = 0;
const CENTROID = 1;
const SIZE = 2;
const LINK_DISTANCE = 1.0;

function makeCluster(point: NDArray): NDArray {
  const node = empty(3, "object");
  node.set(CENTROID, point.copy());
  node.set(SIZE, 1);
  // a root is its own parent, as in the textbook union-find
  node.set(PARENT, node); // expect: no-reference-cycle
  return node;
}

function findRoot(node: NDArray): NDArray {
  let cur = node;
  while (cur.get(PARENT) !== cur) {
    cur = cur.get(PARENT) as NDArray;
  }
  return cur;
}

function merge(a: NDArray, b: NDArray): void {
  const ra = findRoot(a);
  const rb = findRoot(b);
  if (ra === rb) return;
  const na = ra.get(SIZE) as number;
  const nb = rb.get(SIZE) as number;
  const ca = ra.get(CENTROID) as NDArray;
  const cb = rb.get(CENTROID) as NDArray;
  ra.set(CENTROID, ca.mul(na).add(cb.mul(nb)).div(na + nb));
  ra.set(SIZE, na + nb);
  rb.set(PARENT, ra);
}

function distance(p: NDArray, q: NDArray): number {
  const d = p.sub(q);
  return Math.sqrt(d.mul(d).sum());
}

const points = array([
  [0.0, 0.0],
  [0.4, 0.3],
  [0.9, 0.1],
  [5.0, 5.0],
  [5.3, 4.6],
  [9.5, 0.5],
]);

const nodes: NDArray[] = [];
for (let i = 0; i < points.shape[0]; i++) {
  nodes.push(makeCluster(points.slice(i)));
}

for (let i = 0; i < nodes.length; i++) {
  for (let j = i + 1; j < nodes.length; j++) {
    if (distance(points.slice(i), points.slice(j)) < LINK_DISTANCE) {
      merge(nodes[i], nodes[j]);
    }
  }
}

const roots = [...new Set(nodes.map(findRoot))];
console.log(`${roots.length} clusters`);
for (const root of roots) {
  const centroid = root.get(CENTROID) as NDArray;
  const members = nodes.filter((n) => findRoot(n) === root).length;
  console.log(`  size ${root.get(SIZE)} (${members} members), centroid`, centroid.tolist());
}

// release the forest
const before = memoryStats();
for (const node of nodes) node.dispose();
const afterDispose = memoryStats();
const freed = collect();
console.log("storages before:", before.storages, "after dispose:", afterDispose.storages, "freed by collect():", freed);
points.dispose();
