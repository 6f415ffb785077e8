// Builds a binary space-partition tree over 2-D point masses; each node keeps its centroid and total mass, looked up by depth.
import { array, zeros, empty, NDArray } from "ndalias";

interface NodeSummary {
  id: number;
  parentId: number;
  mass: number;
}

class PartitionNode {
  centroid: NDArray = zeros(2);
  mass = 0;
  left: PartitionNode | null = null;
  right: PartitionNode | null = null;
  constructor(readonly id: number, readonly parentId: number, readonly members: number[]) {}
}

let nextId = 0;

function summarise(node: PartitionNode, points: NDArray, masses: NDArray): void {
  for (const m of node.members) {
    const w = masses.get(m);
    node.centroid.iadd(points.slice(m).mul(w));
    node.mass += w;
  }
  if (node.mass > 0) node.centroid.idiv(node.mass);
}

function build(points: NDArray, masses: NDArray, members: number[], parentId: number, depth: number): PartitionNode {
  const node = new PartitionNode(nextId++, parentId, members);
  summarise(node, points, masses);
  if (members.length <= 2 || depth >= 4) return node;
  const axis = depth % 2;
  const sorted = [...members].sort((a, b) => points.get(a, axis) - points.get(b, axis));
  const half = Math.floor(sorted.length / 2);
  node.left = build(points, masses, sorted.slice(0, half), node.id, depth + 1);
  node.right = build(points, masses, sorted.slice(half), node.id, depth + 1);
  return node;
}

function collect(node: PartitionNode | null, depth: number, levels: NodeSummary[][]): void {
  if (node === null) return;
  while (levels.length <= depth) levels.push([]);
  levels[depth].push({ id: node.id, parentId: node.parentId, mass: node.mass });
  collect(node.left, depth + 1, levels);
  collect(node.right, depth + 1, levels);
}

function centroidTable(root: PartitionNode): NDArray {
  const table = empty(3, "object");
  table.set(0, root.centroid.copy());
  if (root.left !== null) table.set(1, root.left.centroid);
  if (root.right !== null) table.set(2, root.right.centroid);
  return table;
}

const points = array([[0, 0], [1, 0.5], [4, 4], [5, 3.5], [0.5, 1], [4.5, 5], [9, 1], [8, 0]]);
const masses = array([1, 2, 1, 1, 3, 2, 1, 1]);
const root = build(points, masses, [0, 1, 2, 3, 4, 5, 6, 7], -1, 0);

const levels: NodeSummary[][] = [];
collect(root, 0, levels);
levels.forEach((lvl, d) => console.log(`depth ${d}:`, lvl.map((s) => `${s.id}<-${s.parentId} m=${s.mass}`).join(" ")));

const table = centroidTable(root);
console.log("root centroid:", root.centroid.tolist(), "table entries:", table.size);
