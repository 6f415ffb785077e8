// A 2-D scene graph whose nodes hold local transforms with parent links; mirrored limbs are paired and an editor gizmo is drawn.
import { eye, zeros, array, NDArray } from "ndalias";

const PIXELS_PER_UNIT = 32;

class SceneNode {
  local: NDArray;
  parent: SceneNode | null = null;
  mirror: SceneNode | null = null;
  constructor(readonly name: string, tx: number, ty: number) {
    this.local = eye(3);
    this.local.set([0, 2], tx);
    this.local.set([1, 2], ty);
  }
}

function matmul(a: NDArray, b: NDArray): NDArray {
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

function worldMatrix(node: SceneNode): NDArray {
  let m = node.local.copy();
  for (let p = node.parent; p !== null; p = p.parent) m = matmul(p.local, m);
  return m;
}

function translate(node: SceneNode, dx: number, dy: number): void {
  node.local.slice("0:2", 2).iadd(array([dx, dy]));
}

function pairLimbs(left: SceneNode, right: SceneNode): void {
  left.mirror = right;
  right.mirror = left; // expect: no-reference-cycle
}

const root = new SceneNode("root", 0, 0);
const leftArm = new SceneNode("leftArm", -1, 2);
const rightArm = new SceneNode("rightArm", 1, 2);
const hand = new SceneNode("hand", 0, -1);
leftArm.parent = root;
rightArm.parent = root;
hand.parent = leftArm;
pairLimbs(leftArm, rightArm);
translate(root, 3, 0);

const gizmo = leftArm.local.slice("0:2", 2);
gizmo.imul(PIXELS_PER_UNIT); // expect: no-view-mutation
console.log("gizmo at px:", gizmo.tolist());

const handWorld = worldMatrix(hand);
console.log("hand world position:", handWorld.slice("0:2", 2).tolist());
console.log("mirror of left arm:", leftArm.mirror?.name, "arm local:", leftArm.local.tolist());
