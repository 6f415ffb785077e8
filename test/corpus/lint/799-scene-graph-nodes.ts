// A 2-D scene graph stored as object-dtype node records [transform, parent, children...], composing world transforms for rendering.
import { empty, eye, zeros, NDArray } from "ndalias";

const TRANSFORM = 0;
const PARENT = 1;
const FIRST_CHILD = 2;
const SLOTS = 6;

function makeNode(tx: number, ty: number, angle = 0): NDArray {
  const node = empty(SLOTS, "object");
  const t = eye(3);
  t.set([0, 0], Math.cos(angle));
  t.set([0, 1], -Math.sin(angle));
  t.set([1, 0], Math.sin(angle));
  t.set([1, 1], Math.cos(angle));
  t.set([0, 2], tx);
  t.set([1, 2], ty);
  node.set(TRANSFORM, t);
  for (let s = PARENT; s < SLOTS; s++) node.set(s, null);
  return node;
}

function slotOf(node: NDArray, s: number): NDArray | null {
  const v: unknown = node.get(s);
  return v instanceof NDArray ? v : null;
}

function attach(parent: NDArray, child: NDArray): void {
  let slot = FIRST_CHILD;
  while (slot < SLOTS && slotOf(parent, slot) !== null) slot++;
  if (slot === SLOTS) throw new Error("node has no free child slot");
  child.set(PARENT, parent);
  parent.set(slot, child); // expect: no-reference-cycle
}

function compose(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function worldTransform(node: NDArray): NDArray {
  let m = slotOf(node, TRANSFORM)!.copy();
  let p = slotOf(node, PARENT);
  while (p !== null) {
    m = compose(slotOf(p, TRANSFORM)!, m);
    p = slotOf(p, PARENT);
  }
  return m;
}

function translate(node: NDArray, dx: number, dy: number): void {
  const t = slotOf(node, TRANSFORM)!;
  t.set([0, 2], t.get(0, 2) + dx);
  t.set([1, 2], t.get(1, 2) + dy);
}

function worldPosition(node: NDArray): [number, number] {
  const w = worldTransform(node);
  return [w.get(0, 2), w.get(1, 2)];
}

const root = makeNode(0, 0);
const arm = makeNode(2, 0, Math.PI / 2);
const hand = makeNode(1, 0);
const lamp = makeNode(-3, 1);
attach(root, arm);
attach(arm, hand);
attach(root, lamp);

// a flat render queue referencing the nodes; nothing stored in the nodes points back at it
const queue = empty(3, "object");
[arm, hand, lamp].forEach((n, i) => queue.set(i, n));

translate(root, 0.5, 0.5);
for (let i = 0; i < queue.size; i++) {
  const node = slotOf(queue, i)!;
  const [x, y] = worldPosition(node);
  console.log(`node ${i}: (${x.toFixed(2)}, ${y.toFixed(2)})`);
}

const local = slotOf(hand, TRANSFORM)!.copy();
local.imul(2);
console.log("hand local (scaled copy):", local.tolist());
console.log("hand world:", worldTransform(hand).tolist());
