// Scene graph for a small renderer: nodes carry local offsets, attach under parents, and resolve world positions and screen coordinates.
import { array, zeros, NDArray } from "ndalias";

class SceneNode {
  local: NDArray;
  scale = 1;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;

  constructor(readonly name: string, offset: number[]) {
    this.local = array(offset);
  }
}

export function detach(child: SceneNode): void {
  const parent = child.parent;
  if (parent === null) return;
  if (parent.firstChild === child) {
    parent.firstChild = child.nextSibling;
  } else {
    let prev = parent.firstChild;
    while (prev !== null && prev.nextSibling !== child) prev = prev.nextSibling;
    if (prev !== null) prev.nextSibling = child.nextSibling;
  }
  child.parent = null;
  child.nextSibling = null;
}

export function attach(parent: SceneNode, child: SceneNode): void {
  if (child.parent !== null) detach(child);
  child.parent = parent;
  child.nextSibling = parent.firstChild;
  parent.firstChild = child; // expect: no-reference-cycle
}

export function translate(node: SceneNode, delta: NDArray): void {
  node.local.iadd(delta);
}

export function worldPosition(node: SceneNode): NDArray {
  const world = node.local.mul(node.scale);
  for (let p = node.parent; p !== null; p = p.parent) {
    world.imul(p.scale);
    world.iadd(p.local);
  }
  return world;
}

export function toScreen(node: SceneNode, zoom: number, center: NDArray): NDArray {
  const xy = node.local.slice(":2");
  xy.imul(zoom); // expect: no-view-mutation
  return xy.add(center);
}

export function screenOf(node: SceneNode, zoom: number, center: NDArray): NDArray {
  const xy = worldPosition(node).slice(":2");
  xy.imul(zoom);
  return xy.add(center);
}

function childrenOf(node: SceneNode): SceneNode[] {
  const out: SceneNode[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) out.push(c);
  return out;
}

export function boundingRadius(root: SceneNode): number {
  let radius = 0;
  const stack: SceneNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const w = worldPosition(node);
    radius = Math.max(radius, Math.sqrt(w.mul(w).sum()));
    stack.push(...childrenOf(node));
  }
  return radius;
}

function describe(node: SceneNode, depth = 0): string {
  const pad = "  ".repeat(depth);
  const lines = [`${pad}${node.name} @ ${(worldPosition(node).tolist() as number[]).join(", ")}`];
  for (const c of childrenOf(node)) lines.push(describe(c, depth + 1));
  return lines.join("\n");
}

const root = new SceneNode("world", [0, 0, 0]);
const robot = new SceneNode("robot", [2, 0, 0]);
const arm = new SceneNode("arm", [0, 1, 0.5]);
const gripper = new SceneNode("gripper", [0, 0.4, 0]);
const lamp = new SceneNode("lamp", [-3, 2, 4]);
arm.scale = 0.5;

attach(root, robot);
attach(robot, arm);
attach(arm, gripper);
attach(root, lamp);

translate(robot, array([0.5, 0, 0]));
const origin = zeros(3);
translate(lamp, origin.add(-1));

const center = array([320, 240]);
console.log(describe(root));
console.log("gripper on screen:", screenOf(gripper, 50, center).tolist());
console.log("lamp marker:", toScreen(lamp, 50, center).tolist());
console.log("scene radius:", boundingRadius(root).toFixed(3));

detach(lamp);
attach(arm, lamp);
console.log("after re-parenting the lamp:\n" + describe(root));
