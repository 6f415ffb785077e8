// 2D scene graph for a platformer: nodes keep local and world transforms, are attached under parents and followed by the camera.
import { array, zeros, NDArray } from "ndalias";

// Transform layout: [tx, ty, rotation, scaleX, scaleY]
class SceneNode {
  local: NDArray;
  world: NDArray;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;
  constructor(readonly name: string, tx: number, ty: number, rotation = 0, scale = 1) {
    this.local = array([tx, ty, rotation, scale, scale]);
    this.world = this.local.copy();
  }
}

function attach(parent: SceneNode, child: SceneNode): void {
  if (child.parent) throw new Error(`${child.name} already has a parent`);
  child.parent = parent;
  child.nextSibling = parent.firstChild;
  parent.firstChild = child; // expect: no-reference-cycle
}

function compose(parentWorld: NDArray, local: NDArray): NDArray {
  const rot = parentWorld.get(2) as number;
  const c = Math.cos(rot);
  const s = Math.sin(rot);
  const lx = (local.get(0) as number) * (parentWorld.get(3) as number);
  const ly = (local.get(1) as number) * (parentWorld.get(4) as number);
  return array([
    (parentWorld.get(0) as number) + c * lx - s * ly,
    (parentWorld.get(1) as number) + s * lx + c * ly,
    rot + (local.get(2) as number),
    (parentWorld.get(3) as number) * (local.get(3) as number),
    (parentWorld.get(4) as number) * (local.get(4) as number),
  ]);
}

function updateWorld(node: SceneNode): void {
  node.world = node.parent ? compose(node.parent.world, node.local) : node.local.copy();
  for (let c = node.firstChild; c; c = c.nextSibling) updateWorld(c);
}

function countNodes(node: SceneNode): number {
  let n = 1;
  for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
  return n;
}

// Camera: how far the target is from the screen centre, in screen units.
function cameraOffset(target: SceneNode, zoom: number): number[] {
  const screenPos = target.world.slice("0:2");
  screenPos.imul(zoom); // expect: no-view-mutation
  return screenPos.tolist() as number[];
}

// Flattened export for the renderer: one row per node, parent stored by index only.
function exportTransforms(root: SceneNode): { rows: NDArray; parents: NDArray } {
  const total = countNodes(root);
  const rows = zeros([total, 5]);
  const parents = zeros(total, "int32");
  const order: SceneNode[] = [];
  const visit = (node: SceneNode, parentIndex: number): void => {
    const index = order.length;
    order.push(node);
    rows.slice(index).assign(":", node.world);
    parents.set(index, parentIndex);
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c, index);
  };
  visit(root, -1);
  return { rows, parents };
}

const root = new SceneNode("level", 0, 0);
const player = new SceneNode("player", 4, 1);
const sword = new SceneNode("sword", 0.6, 0.2, Math.PI / 8, 0.5);
const platform = new SceneNode("platform", 10, -2, 0, 2);

attach(root, player);
attach(player, sword);
attach(root, platform);
updateWorld(root);

const { rows, parents } = exportTransforms(root);
console.log("nodes:", rows.shape[0], "parent indices:", parents.tolist());
console.log("sword world transform:", sword.world.tolist());
console.log("camera offset of player:", cameraOffset(player, 32));
console.log("player world x after camera:", player.world.get(0));
