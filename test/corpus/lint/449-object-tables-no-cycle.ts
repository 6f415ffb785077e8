// Tutorial on object-dtype arrays and linked objects that hold arrays: nested tables and a tree, none of which refers back to itself.
import { empty, zeros, ones, arange, refcount, collect, NDArray } from "ndalias";

// ---- a table of buffers ----
const buffers = empty(3, "object");
buffers.set(0, zeros(4));
buffers.set(1, ones(4));
buffers.set(2, arange(0, 4));

// ---- a table that holds another table: still a tree ----
const root = empty(2, "object");
root.set(0, buffers);

// Two tables sharing one child is fine too (a DAG, not a loop).
const leaf = empty(1, "object");
leaf.set(0, buffers.get(1));
root.set(1, leaf);

console.log("refs to buffers table:", refcount(buffers));
console.log("collect() finds nothing to free:", collect());

// ---- a snapshot table built from the first one ----
const snapshot = empty(buffers.size, "object");
for (let i = 0; i < buffers.size; i++) {
  snapshot.set(i, buffers.get(i));
}
console.log("snapshot slots:", snapshot.size);

// ---- a binary tree of nodes that hold arrays ----
class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  constructor(readonly value: NDArray) {}
  total(): number {
    return this.value.sum() + (this.left?.total() ?? 0) + (this.right?.total() ?? 0);
  }
}

function buildTree(depth: number): TreeNode {
  const node = new TreeNode(ones(2));
  if (depth > 0) {
    node.left = buildTree(depth - 1);
    node.right = buildTree(depth - 1);
  }
  return node;
}

const tree = buildTree(2);
console.log("tree total:", tree.total());

// ---- a one-way chain: each link points to the previous one only ----
class Link {
  prev: Link | null = null;
  constructor(readonly data: NDArray) {}
}
function chain(n: number): Link {
  let last = new Link(zeros(1));
  for (let i = 1; i < n; i++) {
    const link = new Link(arange(0, i));
    link.prev = last;
    last = link;
  }
  return last;
}
let length = 0;
for (let l: Link | null = chain(4); l !== null; l = l.prev) length += 1;
console.log("chain length:", length);
