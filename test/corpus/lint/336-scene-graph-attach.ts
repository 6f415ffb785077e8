// Scene graph with first-child/next-sibling links: attaches wheels under a car body and composes each wheel's world matrix.
import { eye, zeros, NDArray } from "ndalias";

function multiply4(a: NDArray, b: NDArray): NDArray {
  const out = zeros([4, 4]);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      let acc = 0;
      for (let k = 0; k < 4; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

class SceneNode {
  local: NDArray = eye(4);
  world: NDArray = eye(4);
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;

  constructor(readonly name: string) {}

  attach(child: SceneNode): void {
    child.nextSibling = this.firstChild;
    this.firstChild = child;
    child.parent = this; // expect: no-reference-cycle
  }

  setPosition(x: number, y: number, z: number): void {
    this.local.set([0, 3], x);
    this.local.set([1, 3], y);
    this.local.set([2, 3], z);
  }
}

function updateWorld(node: SceneNode, parentWorld: NDArray | null): void {
  node.world = parentWorld ? multiply4(parentWorld, node.local) : node.local.copy();
  for (let c = node.firstChild; c !== null; c = c.nextSibling) {
    updateWorld(c, node.world);
  }
}

const body = new SceneNode("body");
body.setPosition(10, 0.5, -3);
const wheelOffsets: Array<[string, number, number]> = [
  ["wheel-fl", 0.8, 1.2],
  ["wheel-fr", -0.8, 1.2],
  ["wheel-rl", 0.8, -1.2],
  ["wheel-rr", -0.8, -1.2],
];
for (const [name, x, z] of wheelOffsets) {
  const wheel = new SceneNode(name);
  wheel.setPosition(x, -0.3, z);
  body.attach(wheel);
}

updateWorld(body, null);
for (let c = body.firstChild; c !== null; c = c.nextSibling) {
  const w = c.world;
  console.log(`${c.name}: (${w.get(0, 3)}, ${w.get(1, 3)}, ${w.get(2, 3)})`);
}
