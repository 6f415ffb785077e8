// Scene-graph nodes with private transform state: parent links through accessors, world offsets, and mirrored node pairs for a symmetric character rig.
import { array, eye, NDArray } from "ndalias";

class SceneNode {
  #local: NDArray;
  #parent: SceneNode | null = null;
  #mirror: SceneNode | null = null;

  constructor(readonly name: string, x = 0, y = 0) {
    this.#local = eye(3);
    this.#local.set([0, 2], x);
    this.#local.set([1, 2], y);
  }

  get parent(): SceneNode | null {
    return this.#parent;
  }

  set parent(node: SceneNode | null) {
    this.#parent = node;
  }

  get mirror(): SceneNode | null {
    return this.#mirror;
  }

  set mirror(node: SceneNode | null) {
    this.#mirror = node;
  }

  get isRoot(): boolean {
    return this.#parent === this;
  }

  markAsRoot(): void {
    this.#parent = this; // expect: no-reference-cycle
  }

  translate(dx: number, dy: number): void {
    this.#local.set([0, 2], this.#local.get(0, 2) + dx);
    this.#local.set([1, 2], this.#local.get(1, 2) + dy);
  }

  get offset(): NDArray {
    return this.#local.slice(":2", 2).copy();
  }

  worldOffset(): NDArray {
    let total = this.offset;
    let node: SceneNode = this;
    while (node.#parent !== null && node.#parent !== node) {
      node = node.#parent;
      total = total.add(node.offset);
    }
    return total;
  }

  mirroredOffset(): NDArray {
    const flipped = this.#local.slice(":2", 2).copy();
    flipped.set(0, -flipped.get(0));
    return flipped;
  }
}

function attach(child: SceneNode, parent: SceneNode): void {
  child.parent = parent;
}

function pairMirrors(left: SceneNode, right: SceneNode): void {
  left.mirror = right;
  right.mirror = left; // expect: no-reference-cycle
}

function buildRig(): SceneNode[] {
  const body = new SceneNode("body", 0, 10);
  body.markAsRoot();
  const leftArm = new SceneNode("leftArm", -2, 1);
  const rightArm = new SceneNode("rightArm", 2, 1);
  const leftHand = new SceneNode("leftHand", -1, -1);
  const rightHand = new SceneNode("rightHand", 1, -1);
  attach(leftArm, body);
  attach(rightArm, body);
  attach(leftHand, leftArm);
  attach(rightHand, rightArm);
  pairMirrors(leftArm, rightArm);
  pairMirrors(leftHand, rightHand);
  return [body, leftArm, rightArm, leftHand, rightHand];
}

function checkSymmetry(node: SceneNode): number {
  const partner = node.mirror;
  if (partner === null) return 0;
  const expected = partner.mirroredOffset();
  const actual = node.offset;
  const diff = actual.sub(expected);
  return Math.sqrt(diff.mul(diff).sum());
}

const rig = buildRig();
rig[1].translate(-0.5, 0);
rig[2].translate(0.5, 0);

for (const node of rig) {
  const world = node.worldOffset();
  const parentName = node.isRoot ? "(root)" : node.parent?.name ?? "-";
  console.log(`${node.name} <- ${parentName}: world ${JSON.stringify(world.tolist())}, asymmetry ${checkSymmetry(node).toFixed(3)}`);
}

const weights = array([0.5, 0.3, 0.2]);
const blended = rig[3].worldOffset().mul(weights.get(0)).add(rig[4].worldOffset().mul(weights.get(1)));
console.log("blended hand target:", blended.tolist());
