// A 2-D game scene graph: nodes with parent links and affine matrices, render layers held in an object array, and a frame timeline.
import { array, empty, eye, NDArray } from "ndalias";

class SceneNode {
  parent: SceneNode | null = null;
  readonly local: NDArray;

  constructor(
    readonly name: string,
    tx = 0,
    ty = 0,
  ) {
    this.local = eye(3);
    this.local.set([0, 2], tx);
    this.local.set([1, 2], ty);
  }

  static child(parent: SceneNode, name: string, tx: number, ty: number): SceneNode {
    const node = new SceneNode(name, tx, ty);
    node.parent = parent;
    return node;
  }

  translate(dx: number, dy: number): this {
    this.local.set([0, 2], this.local.get(0, 2) + dx);
    this.local.set([1, 2], this.local.get(1, 2) + dy);
    return this;
  }

  world(): NDArray {
    let m = this.local.copy();
    for (let p = this.parent; p !== null; p = p.parent) m = compose(p.local, m);
    return m;
  }

  depth(): number {
    let d = 0;
    for (let p = this.parent; p !== null; p = p.parent) d++;
    return d;
  }
}

function compose(a: NDArray, b: NDArray): NDArray {
  const out = eye(3);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 3; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

class Frame {
  next: Frame = this;
  prev: Frame = this;
  constructor(
    readonly index: number,
    readonly durationMs: number,
  ) {}
}

class Timeline {
  readonly head = new Frame(-1, 0);

  append(durationMs: number): this {
    const frame = new Frame(this.head.prev.index + 1, durationMs);
    frame.prev = this.head.prev;
    frame.next = this.head;
    this.head.prev.next = frame;
    this.head.prev = frame;
    return this;
  }

  total(): number {
    let t = 0;
    for (let f = this.head.next; f !== this.head; f = f.next) t += f.durationMs;
    return t;
  }
}

class RenderLayers {
  readonly slots: NDArray;

  constructor(readonly count: number) {
    this.slots = empty(count, "object");
  }

  assign(slot: number, node: SceneNode): this {
    this.slots.set(slot, node.world());
    return this;
  }

  offsets(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.count; i++) {
      const m = this.slots.get(i);
      if (m) out.push([m.get(0, 2), m.get(1, 2)]);
    }
    return out;
  }
}

const root = new SceneNode("root", 100, 50);
const player = SceneNode.child(root, "player", 10, 5);
const sword = SceneNode.child(player, "sword", 2, -1);
const camera = new SceneNode("camera");
camera.parent = root;
player.translate(3, 0);

const layers = new RenderLayers(3).assign(0, root).assign(1, player).assign(2, sword);
console.log("layer offsets:", layers.offsets());
console.log("sword depth", sword.depth(), "world", sword.world().tolist());
console.log("camera world origin:", camera.world().slice(":2", 2).tolist());

const walkCycle = new Timeline().append(80).append(80).append(120);
console.log("walk cycle length (ms):", walkCycle.total());

const hitbox = array([[0, 0], [4, 8]]);
const hitboxes = empty(2, "object");
hitboxes.set(0, hitbox);
hitboxes.set(1, hitbox.add(array([10, 0])));
console.log("hitboxes:", hitboxes.get(0).tolist(), hitboxes.get(1).tolist());
