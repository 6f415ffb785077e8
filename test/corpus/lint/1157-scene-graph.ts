// 2-D scene graph with affine transforms: builds a small hierarchy, wires drag and zoom callbacks, and renders world positions.
import { array, eye, NDArray } from "ndalias";

interface SceneNode {
  name: string;
  local: NDArray;
  parent: SceneNode | null;
  firstChild: SceneNode | null;
  sibling: SceneNode | null;
}

function makeNode(name: string, tx: number, ty: number): SceneNode {
  const local = eye(3);
  local.assign("0:2, 2", array([tx, ty]));
  return { name, local, parent: null, firstChild: null, sibling: null };
}

function addChild(parent: SceneNode, child: SceneNode): void {
  child.sibling = parent.firstChild;
  child.parent = parent;
  parent.firstChild = child; // expect: no-reference-cycle
}

function worldPosition(node: SceneNode): [number, number] {
  let point = array([0, 0, 1]);
  let cur: SceneNode | null = node;
  while (cur !== null) {
    const m = cur.local;
    const next = array([
      m.get(0, 0) * point.get(0) + m.get(0, 1) * point.get(1) + m.get(0, 2),
      m.get(1, 0) * point.get(0) + m.get(1, 1) * point.get(1) + m.get(1, 2),
      1,
    ]);
    point = next;
    cur = cur.parent;
  }
  return [point.get(0), point.get(1)];
}

function render(label: string, nodes: SceneNode[]): void {
  const parts = nodes.map((n) => {
    const [x, y] = worldPosition(n);
    return `${n.name}@(${x.toFixed(1)}, ${y.toFixed(1)})`;
  });
  console.log(label, parts.join(" "));
}

function logMatrix(label: string, m: NDArray): void {
  console.log(label, JSON.stringify(m.tolist()));
}

export function buildScene(): number {
  const root = makeNode("root", 10, 10);
  const arm = makeNode("arm", 5, 0);
  const hand = makeNode("hand", 2, 1);
  const nodes = [root, arm, hand];
  render("before wiring:", nodes);
  addChild(root, arm);
  addChild(arm, hand);

  const callbacks = {
    drag: (dx: number, dy: number) => {
      const translation = root.local.slice("0:2, 2");
      translation.iadd(array([dx, dy])); // expect: no-view-mutation
      logMatrix("root after drag:", root.local);
    },
    zoom: (factor: number) => {
      root.local.slice("0:2, 0:2").imul(factor);
      logMatrix("root after zoom:", root.local);
    },
    nudge: (dx: number) => {
      const moved = arm.local.copy();
      moved.assign("0, 2", moved.get(0, 2) + dx);
      arm.local = moved;
    },
  };

  render("after wiring:", nodes);
  callbacks.drag(1, -2);
  callbacks.zoom(2);
  callbacks.nudge(0.5);
  render("after gestures:", nodes);
  return worldPosition(hand)[0];
}

export function detachedPositions(): string {
  const a = makeNode("a", 1, 2);
  const b = makeNode("b", 3, 4);
  b.parent = a;
  const [x, y] = worldPosition(b);
  return `${x},${y}`;
}

console.log("hand x:", buildScene());
console.log("detached:", detachedPositions());
