// Scene graph for an ECS renderer: attaches child entities to parents, propagates world transforms and groups them into render layers.
import { array, empty, NDArray } from "ndalias";

class SceneNode {
  readonly name: string;
  local: NDArray; // [x, y, angle]
  world: NDArray;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;
  opaque: boolean;

  constructor(name: string, local: number[], opaque = true) {
    this.name = name;
    this.local = array(local);
    this.world = this.local.copy();
    this.opaque = opaque;
  }

  depth(): number {
    let d = 0;
    for (let p = this.parent; p !== null; p = p.parent) d++;
    return d;
  }
}

function attach(parent: SceneNode, child: SceneNode): void {
  child.parent = parent;
  child.nextSibling = parent.firstChild;
  parent.firstChild = child; // expect: no-reference-cycle
}

function childrenOf(node: SceneNode): SceneNode[] {
  const out: SceneNode[] = [];
  for (let c = node.firstChild; c !== null; c = c.nextSibling) out.push(c);
  return out;
}

function propagate(node: SceneNode, parentWorld: NDArray | null): void {
  if (parentWorld === null) {
    node.world.assign(":", node.local);
  } else {
    node.world.assign(":", node.local.add(parentWorld));
  }
  for (const child of childrenOf(node)) {
    propagate(child, node.world);
  }
}

function flatten(root: SceneNode): SceneNode[] {
  const order: SceneNode[] = [root];
  for (let i = 0; i < order.length; i++) {
    order.push(...childrenOf(order[i]));
  }
  return order;
}

function buildRenderLayers(nodes: SceneNode[]): NDArray {
  const opaqueNodes = nodes.filter((n) => n.opaque);
  const transparentNodes = nodes.filter((n) => !n.opaque);

  const layers = empty(3, "object");
  const opaque = empty(opaqueNodes.length, "object");
  opaqueNodes.forEach((n, i) => opaque.set(i, n.world));
  const transparent = empty(transparentNodes.length, "object");
  transparentNodes.forEach((n, i) => transparent.set(i, n.world));
  layers.set(0, opaque);
  layers.set(1, transparent);

  // the debug overlay keeps a handle on the whole layer table for its inspector
  const overlay = empty(2, "object");
  overlay.set(0, layers);
  overlay.set(1, array([1, 0, 1]));
  layers.set(2, overlay); // expect: no-reference-cycle
  return layers;
}

const root = new SceneNode("level", [0, 0, 0]);
const ship = new SceneNode("ship", [10, 5, 0.5]);
const turret = new SceneNode("turret", [1, 0, 0.25]);
const shield = new SceneNode("shield", [0, 0, 0], false);
const cloud = new SceneNode("cloud", [30, 40, 0], false);

attach(root, ship);
attach(ship, turret);
attach(ship, shield);
attach(root, cloud);

propagate(root, null);

const nodes = flatten(root);
for (const node of nodes) {
  const indent = "  ".repeat(node.depth());
  console.log(`${indent}${node.name}: world=${JSON.stringify(node.world.tolist())}`);
}

const layers = buildRenderLayers(nodes);
console.log("layer sizes:", layers.get(0).size, layers.get(1).size);
