// Builds a 2-D scene graph of transform nodes, indexes their transforms in object tables and prints each node's world position.
import { array, eye, empty, NDArray } from "ndalias";

class SceneNode {
  local: NDArray;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;

  constructor(readonly name: string, tx: number, ty: number, angle = 0) {
    this.local = eye(3);
    this.local.set([0, 0], Math.cos(angle));
    this.local.set([0, 1], -Math.sin(angle));
    this.local.set([1, 0], Math.sin(angle));
    this.local.set([1, 1], Math.cos(angle));
    this.local.set([0, 2], tx);
    this.local.set([1, 2], ty);
  }

  children(): SceneNode[] {
    const out: SceneNode[] = [];
    for (let c = this.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  }
}

function attach(parent: SceneNode, child: SceneNode): void {
  child.nextSibling = parent.firstChild;
  child.parent = parent;
  parent.firstChild = child; // expect: no-reference-cycle
}

function matmul3(a: NDArray, b: NDArray): NDArray {
  const out = empty([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function worldTransform(node: SceneNode): NDArray {
  let m = node.local.copy();
  for (let p = node.parent; p; p = p.parent) {
    m = matmul3(p.local, m);
  }
  return m;
}

function walk(root: SceneNode, visit: (node: SceneNode, depth: number) => void, depth = 0): void {
  visit(root, depth);
  for (const child of root.children()) walk(child, visit, depth + 1);
}

function buildLookup(nodes: SceneNode[]): NDArray {
  const root = empty(2, "object");
  const leaves = empty(nodes.length + 1, "object");
  leaves.set(0, root);
  nodes.forEach((node, i) => {
    leaves.set(i + 1, node.local);
  });
  root.set(1, array([nodes.length]));
  root.set(0, leaves); // expect: no-reference-cycle
  return root;
}

function buildPositions(nodes: SceneNode[]): NDArray {
  const positions = empty(nodes.length, "object");
  nodes.forEach((node, i) => {
    const m = worldTransform(node);
    positions.set(i, array([m.get(0, 2), m.get(1, 2)]));
  });
  return positions;
}

const world = new SceneNode("world", 0, 0);
const car = new SceneNode("car", 10, 5, Math.PI / 2);
const wheelFront = new SceneNode("wheel-front", 2, 0);
const wheelRear = new SceneNode("wheel-rear", -2, 0);
const tree = new SceneNode("tree", -4, 8);

attach(world, car);
attach(world, tree);
attach(car, wheelFront);
attach(car, wheelRear);

const nodes: SceneNode[] = [];
walk(world, (node, depth) => {
  nodes.push(node);
  console.log(`${"  ".repeat(depth)}${node.name}`);
});

const lookup = buildLookup(nodes);
const positions = buildPositions(nodes);
for (let i = 0; i < nodes.length; i++) {
  const p: NDArray = positions.get(i);
  console.log(`${nodes[i].name}: (${p.get(0).toFixed(2)}, ${p.get(1).toFixed(2)})`);
}
console.log("indexed transforms:", lookup.get(1).get(0));
