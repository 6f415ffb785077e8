// Builds a small 2-D scene graph of nodes with homogeneous transforms, attaching children and computing world positions.
import { array, eye, NDArray } from "ndalias";

class SceneNode {
  local: NDArray;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;
  anchor: SceneNode | null = null;

  constructor(readonly name: string, tx = 0, ty = 0) {
    this.local = eye(3);
    this.local.set([0, 2], tx);
    this.local.set([1, 2], ty);
  }

  world(): NDArray {
    let m = this.local.copy();
    for (let p = this.parent; p !== null; p = p.parent) {
      m = matmul3(p.local, m);
    }
    return m;
  }
}

function matmul3(a: NDArray, b: NDArray): NDArray {
  const out = eye(3);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function depth(node: SceneNode): number {
  let d = 0;
  for (let p = node.parent; p !== null; p = p.parent) d++;
  return d;
}

// Parents a child; the first child attached also becomes the parent's entry point for traversal.
export function attach(parent: SceneNode, child: SceneNode): void {
  if (child.parent === parent) return;
  child.parent = parent;
  if (parent.firstChild === null) {
    parent.firstChild = child; // expect: no-reference-cycle
  }
}

// Pins the shallower of two nodes as the anchor of the deeper one; only one direction is ever stored.
export function pinShallower(a: SceneNode, b: SceneNode): void {
  if (depth(a) <= depth(b)) {
    b.anchor = a;
  } else {
    a.anchor = b;
  }
}

// Re-parents a node under a new parent without touching the parent's child list.
export function reparentDetached(node: SceneNode, newParent: SceneNode): void {
  if (node === newParent) {
    throw new Error(`cannot parent ${node.name} to itself`);
  }
  node.parent = newParent;
}

// Builds a chain of siblings only; nothing points back.
export function siblingsOf(names: string[]): SceneNode | null {
  let head: SceneNode | null = null;
  let tail: SceneNode | null = null;
  for (const n of names) {
    const node = new SceneNode(n);
    if (tail === null) {
      head = node;
    } else {
      tail.nextSibling = node;
    }
    tail = node;
  }
  return head;
}

const root = new SceneNode("root", 10, 5);
const arm = new SceneNode("arm", 2, 0);
const hand = new SceneNode("hand", 1, 1);
root.local.imul(1);
hand.local.set([0, 0], 0.5);

attach(root, arm);
reparentDetached(hand, arm);
pinShallower(hand, arm);

const lights = siblingsOf(["key", "fill", "rim"]);
for (let l = lights; l !== null; l = l.nextSibling) {
  console.log("light:", l.name);
}

const origin = array([0, 0, 1]);
for (const node of [root, arm, hand]) {
  const w = node.world();
  const x = w.get(0, 0) * origin.get(0) + w.get(0, 1) * origin.get(1) + w.get(0, 2);
  const y = w.get(1, 0) * origin.get(0) + w.get(1, 1) * origin.get(1) + w.get(1, 2);
  console.log(`${node.name} (depth ${depth(node)}): world origin (${x}, ${y}), anchor ${node.anchor?.name ?? "-"}`);
}
