// Scene tree whose nodes hold transform matrices: root nodes point at themselves as their root, and a checkpoint helper links object-dtype snapshots in both directions.
import { eye, empty, NDArray } from "ndalias";

class SceneNode {
  readonly local: NDArray;
  root: SceneNode;
  parent: SceneNode | null;

  constructor(readonly name: string, parent?: SceneNode) {
    this.local = eye(3);
    this.parent = parent ?? null;
    if (parent) {
      this.root = parent.root;
    } else {
      this.root = this; // expect: no-reference-cycle
    }
  }

  translate(dx: number, dy: number): this {
    this.local.set([0, 2], this.local.get(0, 2) + dx);
    this.local.set([1, 2], this.local.get(1, 2) + dy);
    return this;
  }

  depth(): number {
    let d = 0;
    for (let n = this.parent; n !== null; n = n.parent) d++;
    return d;
  }
}

function makeCheckpoint(node: SceneNode, step: number): NDArray {
  const ckpt = empty(4, "object");
  ckpt.set(0, node.name);
  ckpt.set(1, node.local.copy());
  ckpt.set(2, step);
  ckpt.set(3, null);
  return ckpt;
}

function linkCheckpoints(older: NDArray, newer: NDArray): void {
  older.set(3, newer);
  newer.set(3, older); // expect: no-reference-cycle
}

function chainForward(list: NDArray[]): void {
  for (let i = 0; i + 1 < list.length; i++) list[i].set(3, list[i + 1]);
}

const world = new SceneNode("world");
const arm = new SceneNode("arm", world).translate(1, 0);
const hand = new SceneNode("hand", arm).translate(0.5, 0.2);
console.log(hand.name, "depth", hand.depth(), "root", hand.root.name);

const a = makeCheckpoint(hand, 1);
hand.translate(0.1, 0);
const b = makeCheckpoint(hand, 2);
linkCheckpoints(a, b);
const history = [makeCheckpoint(arm, 1), makeCheckpoint(arm, 2), makeCheckpoint(arm, 3)];
chainForward(history);
console.log("checkpoint steps:", a.get(2), b.get(2), history.length);
