// Builds a 2-d tree over store locations by recursive median splits and answers nearest-store queries for a few customers.
import { array, NDArray } from "ndalias";

interface KdNode {
  point: NDArray;
  label: string;
  axis: number;
  left: KdNode | null;
  right: KdNode | null;
}

interface Best {
  node: KdNode | null;
  dist2: number;
  visited: number;
}

function build(points: NDArray, labels: string[], depth: number): KdNode | null {
  const count = points.shape[0];
  if (count === 0) return null;
  const axis = depth % points.shape[1];
  const keys = points.slice(":", axis).copy();
  keys.sort();
  const median = keys.get(Math.floor(count / 2)) as number;

  let pivot = -1;
  const leftIdx: number[] = [];
  const rightIdx: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = points.get(i, axis) as number;
    if (pivot < 0 && v === median) pivot = i;
    else if (v < median) leftIdx.push(i);
    else rightIdx.push(i);
  }

  return {
    point: points.slice(pivot).copy(),
    label: labels[pivot],
    axis,
    left: leftIdx.length > 0 ? build(points.take(leftIdx, 0), leftIdx.map((i) => labels[i]), depth + 1) : null,
    right: rightIdx.length > 0 ? build(points.take(rightIdx, 0), rightIdx.map((i) => labels[i]), depth + 1) : null,
  };
}

function nearest(node: KdNode | null, query: NDArray, best: Best): void {
  if (node === null) return;
  best.visited++;
  const diff = node.point.sub(query);
  const d2 = diff.mul(diff).sum();
  if (d2 < best.dist2) {
    best.dist2 = d2;
    best.node = node;
  }
  const delta = (query.get(node.axis) as number) - (node.point.get(node.axis) as number);
  const near = delta < 0 ? node.left : node.right;
  const far = delta < 0 ? node.right : node.left;
  nearest(near, query, best);
  if (delta * delta < best.dist2) nearest(far, query, best);
}

function depthOf(node: KdNode | null): number {
  return node === null ? 0 : 1 + Math.max(depthOf(node.left), depthOf(node.right));
}

function collect(root: KdNode | null): KdNode[] {
  const out: KdNode[] = [];
  const stack: KdNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if (node.right !== null) stack.push(node.right);
    if (node.left !== null) stack.push(node.left);
  }
  return out;
}

function clampToMap(p: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < p.size; i++) {
    p.set(i, Math.min(hi, Math.max(lo, p.get(i) as number)));
  }
}

const stores = array([
  [2, 3], [5, 4], [9, 6], [4, 7], [8, 1], [7, 2], [1, 9], [6, 8], [3, 1],
]);
const names = ["north", "mill", "harbour", "park", "airport", "docks", "ridge", "market", "station"];

const tree = build(stores, names, 0);
console.log("tree depth:", depthOf(tree), "nodes:", collect(tree).length);
console.log("root split:", tree?.label, tree?.point.tolist());

const customers = array([[6.5, 7.4], [-2, 4], [8.9, 0.5], [12, 12]]);
for (let c = 0; c < customers.shape[0]; c++) {
  const query = customers.slice(c).copy();
  clampToMap(query, 0, 10);
  const best: Best = { node: null, dist2: Infinity, visited: 0 };
  nearest(tree, query, best);
  console.log(
    `customer ${c} at ${JSON.stringify(query.tolist())}:`,
    best.node?.label,
    `dist ${Math.sqrt(best.dist2).toFixed(3)}`,
    `(${best.visited} nodes visited)`,
  );
}

console.log("customers as given:", customers.tolist());
console.log("store centroid:", stores.slice(":", 0).mean(), stores.slice(":", 1).mean());
