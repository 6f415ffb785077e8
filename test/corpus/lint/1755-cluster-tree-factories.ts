// Builds an online clustering tree and a pair of siamese encoders from factory functions, then prints centroids and encoder norms.
import { array, full, zeros, NDArray } from "ndalias";

interface ClusterNode {
  label: string;
  centroid: NDArray;
  count: number;
  parent: ClusterNode | null;
}

interface Encoder {
  side: string;
  weights: NDArray;
  twin: Encoder | null;
}

function makeRoot(dim: number): ClusterNode {
  const root: ClusterNode = { label: "root", centroid: zeros(dim), count: 0, parent: null };
  root.parent = root; // expect: no-reference-cycle
  return root;
}

function makeChild(parent: ClusterNode, label: string, centroid: NDArray): ClusterNode {
  return { label, centroid, count: 1, parent };
}

function findRoot(node: ClusterNode): ClusterNode {
  let n = node;
  while (n.parent && n.parent !== n) n = n.parent;
  return n;
}

function absorb(node: ClusterNode, point: NDArray): void {
  const total = node.count + 1;
  node.centroid.imul(node.count / total);
  node.centroid.iadd(point.mul(1 / total));
  node.count = total;
}

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

function makeSiamesePair(dim: number): [Encoder, Encoder] {
  const left: Encoder = { side: "left", weights: full(dim, 0.1), twin: null };
  const right: Encoder = { side: "right", weights: left.weights.copy(), twin: null };
  left.twin = right;
  right.twin = left; // expect: no-reference-cycle
  return [left, right];
}

function encode(enc: Encoder, x: NDArray): number {
  return x.mul(enc.weights).sum();
}

// --- clustering ---
const root = makeRoot(2);
const points = [array([0.1, 0.2]), array([0.3, -0.1]), array([5.0, 5.2]), array([4.8, 5.1])];
const children: ClusterNode[] = [];

for (const p of points) {
  absorb(root, p);
  let nearest: ClusterNode | null = null;
  for (const c of children) {
    if (distance(c.centroid, p) < 1.0) nearest = c;
  }
  if (nearest) {
    absorb(nearest, p);
  } else {
    children.push(makeChild(root, `c${children.length}`, p.copy()));
  }
}

for (const c of children) {
  console.log(c.label, "centroid", c.centroid.tolist(), "n =", c.count, "root:", findRoot(c).label);
}
console.log("global centroid:", root.centroid.tolist(), "n =", root.count);

// --- siamese encoders ---
const [left, right] = makeSiamesePair(2);
right.weights.set(1, -0.1);
const a = array([1, 2]);
const b = array([1.5, 1.8]);
console.log("left:", encode(left, a), "right:", encode(right, b));
console.log("twin of left is", left.twin?.side, "with norm", Math.sqrt(right.weights.mul(right.weights).sum()));
console.log("points unchanged:", points.map((p) => p.tolist()));
