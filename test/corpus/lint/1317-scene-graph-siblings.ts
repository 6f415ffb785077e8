// A 2-D scene graph: nodes carry a 3x3 affine transform, hang off parents, keep render-order sibling links and compose world transforms lazily.
import { eye, zeros, NDArray } from "ndalias";

function compose(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

class SceneNode {
  static nodeCount = 0;

  local: NDArray;
  parent: SceneNode | null = null;
  nextSibling: SceneNode | null = null;
  prevSibling: SceneNode | null = null;
  private cachedWorld: NDArray | null = null;

  constructor(readonly name: string, tx = 0, ty = 0) {
    this.local = eye(3);
    this.local.set([0, 2], tx);
    this.local.set([1, 2], ty);
    SceneNode.nodeCount++;
  }

  attachTo(parent: SceneNode): void {
    this.parent = parent;
    this.invalidate();
  }

  invalidate(): void {
    this.cachedWorld = null;
  }

  get world(): NDArray {
    if (this.cachedWorld === null) {
      this.cachedWorld = this.parent === null ? this.local.copy() : compose(this.parent.world, this.local);
    }
    return this.cachedWorld;
  }

  get position(): [number, number] {
    const w = this.world;
    return [w.get(0, 2), w.get(1, 2)];
  }

  scale(factor: number): void {
    this.local.slice(":2", ":2").imul(factor);
    this.invalidate();
  }

  translate(dx: number, dy: number): void {
    const offset = zeros([3, 3]);
    offset.set([0, 2], dx);
    offset.set([1, 2], dy);
    const moved = this.local.copy();
    moved.iadd(offset); // expect: no-lost-write
    this.invalidate();
  }

  rotate(radians: number): void {
    const c = Math.cos(radians);
    const s = Math.sin(radians);
    const r = eye(3);
    r.set([0, 0], c);
    r.set([0, 1], -s);
    r.set([1, 0], s);
    r.set([1, 1], c);
    this.local = compose(this.local, r);
    this.invalidate();
  }

  static linkSiblings(first: SceneNode, second: SceneNode): void {
    first.nextSibling = second;
    second.prevSibling = first; // expect: no-reference-cycle
  }
}

class Layer {
  private nodes: SceneNode[] = [];

  add(node: SceneNode): void {
    const last = this.nodes[this.nodes.length - 1];
    if (last !== undefined) SceneNode.linkSiblings(last, node);
    this.nodes.push(node);
  }

  renderOrder(): string[] {
    const names: string[] = [];
    let n: SceneNode | null = this.nodes[0] ?? null;
    while (n !== null) {
      names.push(n.name);
      n = n.nextSibling;
    }
    return names;
  }
}

const root = new SceneNode("root", 10, 5);
const arm = new SceneNode("arm", 2, 0);
const hand = new SceneNode("hand", 1, 0);
arm.attachTo(root);
hand.attachTo(arm);

const layer = new Layer();
layer.add(root);
layer.add(arm);
layer.add(hand);

arm.scale(2);
hand.translate(0.5, 0.5);
root.rotate(Math.PI / 2);
arm.invalidate();
hand.invalidate();

console.log("render order:", layer.renderOrder().join(" > "));
console.log("hand position:", hand.position, "nodes:", SceneNode.nodeCount);
console.log("arm world:", arm.world.tolist());
