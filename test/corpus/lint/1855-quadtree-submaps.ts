// Quadtree of submaps: each node is an object-dtype record of bounds, an occupancy tile and its parent, queried for coverage and padded bounds.
import { array, empty, zeros, NDArray } from "ndalias";

const BOUNDS = 0;
const TILE = 1;
const PARENT = 2;
const DEPTH = 3;
const TILE_RES = 4;

function makeNode(bounds: number[], depth: number): NDArray {
  const node = empty(4, "object");
  node.set(BOUNDS, array(bounds));
  node.set(TILE, zeros([TILE_RES, TILE_RES]));
  node.set(DEPTH, depth);
  return node;
}

export function makeRoot(width: number, height: number): NDArray {
  const root = makeNode([0, 0, width, height], 0);
  // the root is its own parent, so upward walks stop without a null check
  root.set(PARENT, root); // expect: no-reference-cycle
  return root;
}

export function split(parent: NDArray, nodes: NDArray[]): NDArray[] {
  const b = parent.get(BOUNDS) as NDArray;
  const [x0, y0, x1, y1] = b.tolist() as number[];
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const depth = (parent.get(DEPTH) as number) + 1;
  const quads = [
    [x0, y0, mx, my],
    [mx, y0, x1, my],
    [x0, my, mx, y1],
    [mx, my, x1, y1],
  ];
  const children: NDArray[] = [];
  for (const q of quads) {
    const child = makeNode(q, depth);
    child.set(PARENT, parent);
    nodes.push(child);
    children.push(child);
  }
  return children;
}

export function rootOf(node: NDArray): NDArray {
  let current = node;
  while ((current.get(PARENT) as NDArray) !== current) {
    current = current.get(PARENT) as NDArray;
  }
  return current;
}

export function contains(node: NDArray, x: number, y: number): boolean {
  const b = node.get(BOUNDS) as NDArray;
  return x >= b.get(0) && y >= b.get(1) && x < b.get(2) && y < b.get(3);
}

export function paddedBounds(bounds: NDArray, margin: number): number[] {
  const lo = bounds.slice(":2");
  lo.isub(margin); // expect: no-view-mutation
  return [lo.get(0), lo.get(1), bounds.get(2) + margin, bounds.get(3) + margin];
}

export function paddedBoundsSafe(bounds: NDArray, margin: number): number[] {
  const lo = bounds.slice(":2").sub(margin);
  const hi = bounds.slice("2:").add(margin);
  return [lo.get(0), lo.get(1), hi.get(0), hi.get(1)];
}

function markHit(node: NDArray, x: number, y: number): void {
  const b = node.get(BOUNDS) as NDArray;
  const tile = node.get(TILE) as NDArray;
  const c = Math.min(TILE_RES - 1, Math.floor(((x - b.get(0)) / (b.get(2) - b.get(0))) * TILE_RES));
  const r = Math.min(TILE_RES - 1, Math.floor(((y - b.get(1)) / (b.get(3) - b.get(1))) * TILE_RES));
  tile.set([r, c], 1);
}

export function coverage(node: NDArray): number {
  const tile = node.get(TILE) as NDArray;
  return tile.mean();
}

const nodes: NDArray[] = [];
const root = makeRoot(16, 16);
nodes.push(root);
const leaves = split(root, nodes);
const hits: Array<[number, number]> = [[1, 1], [3, 2], [9, 1], [12, 13], [5, 9], [6, 10]];
for (const [x, y] of hits) {
  const leaf = leaves.find((n) => contains(n, x, y));
  if (leaf) markHit(leaf, x, y);
}
for (const leaf of leaves) {
  const pb = paddedBoundsSafe(leaf.get(BOUNDS) as NDArray, 0.5);
  console.log("leaf", pb.join(","), "coverage", coverage(leaf).toFixed(3), "root ok", rootOf(leaf) === root);
}
console.log("root padded:", paddedBounds(root.get(BOUNDS) as NDArray, 1));
console.log("nodes in map:", nodes.length);
