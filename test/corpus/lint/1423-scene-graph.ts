// A tiny 2-D scene graph: nodes carry a local transform, a root sentinel and a joint pair, and world positions are printed.
import { array, eye, empty, memoryStats, NDArray } from "ndalias";

type SceneNode = {
  name: string;
  local: NDArray; // 3x3 homogeneous transform
  parent: SceneNode | null;
  partner?: SceneNode;
};

const Transform = {
  translate: (dx: number, dy: number) => {
    const m = eye(3);
    m.set([0, 2], dx);
    m.set([1, 2], dy);
    return m;
  },
  rotate: (deg: number) => {
    const r = (deg * Math.PI) / 180;
    return array([
      [Math.cos(r), -Math.sin(r), 0],
      [Math.sin(r), Math.cos(r), 0],
      [0, 0, 1],
    ]);
  },
  matmul: (a: NDArray, b: NDArray) => {
    const out = eye(3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a.get(i, k) * b.get(k, j);
        out.set([i, j], s);
      }
    }
    return out;
  },
};

const node = (name: string, local: NDArray): SceneNode => ({ name, local, parent: null });

const attach = (parent: SceneNode, child: SceneNode) => {
  child.parent = parent;
  return child;
};

const depthOf = (n: SceneNode) => {
  let depth = 0;
  for (let p = n.parent; p && p !== p.parent; p = p.parent) depth += 1;
  return depth;
};

const makeRoot = () => {
  const root = node("root", eye(3));
  // the root is its own parent, so walks up the tree stop without a null check
  root.parent = root; // expect: no-reference-cycle
  return root;
};

const worldOf = (n: SceneNode): NDArray => {
  if (!n.parent || n.parent === n) return n.local;
  return Transform.matmul(worldOf(n.parent), n.local);
};

const linkJoint = (a: SceneNode, b: SceneNode) => {
  a.partner = b;
  b.partner = a; // expect: no-reference-cycle
  return [a, b] as const;
};

const root = makeRoot();
const arm = attach(root, node("arm", Transform.translate(2, 0)));
const forearm = attach(arm, node("forearm", Transform.matmul(Transform.translate(1.5, 0), Transform.rotate(30))));
const hand = attach(forearm, node("hand", Transform.translate(0.5, 0)));
const [left, right] = linkJoint(arm, node("mirror-arm", Transform.translate(-2, 0)));
attach(root, right);

const origin = array([0, 0, 1]);
const positionOf = (n: SceneNode) => {
  const w = worldOf(n);
  return [0, 1].map((i) => w.get(i, 0) * origin.get(0) + w.get(i, 1) * origin.get(1) + w.get(i, 2) * origin.get(2));
};

[root, arm, forearm, hand, right].forEach((n) => {
  const [x, y] = positionOf(n);
  console.log(`${n.name.padEnd(10)} depth=${depthOf(n)} x=${x.toFixed(3)} y=${y.toFixed(3)}`);
});
console.log("joint partners:", left.partner?.name, "<->", right.partner?.name);

// an object-dtype table of the transforms, for a batch upload; it holds the matrices, not itself
const upload = empty(4, "object");
[arm, forearm, hand, right].forEach((n, i) => upload.set(i, n.local));
console.log("upload slots:", upload.size, "memory:", memoryStats());
