// Builds a small scene graph of nodes with translation offsets, links parents and children and prints world positions.
import { array, zeros, NDArray } from "ndalias";

class SceneNode {
  name: string;
  offset: NDArray;
  parent: SceneNode | null = null;
  firstChild: SceneNode | null = null;
  nextSibling: SceneNode | null = null;
  // every node knows the root of its tree, a fresh node is its own root
  root: SceneNode | null = null;

  constructor(name: string, offset: NDArray) {
    this.name = name;
    this.offset = offset;
    this.root = this; // expect: no-reference-cycle
  }
}

// the visitor keeps the names only, so it needs no array fields
class NameVisitor {
  visited: string[] = [];
  previous: NameVisitor | null = null;
}

// attaches child under parent, newest child first
function attach(parent: SceneNode, child: SceneNode): void {
  child.parent = parent;
  child.nextSibling = parent.firstChild;
  parent.firstChild = child; // expect: no-reference-cycle
}

// world position = own offset plus the offsets of all ancestors
function worldPosition(node: SceneNode): NDArray {
  const pos = node.offset.copy();
  let p = node.parent;
  while (p !== null) {
    pos.iadd(p.offset);
    p = p.parent;
  }
  return pos;
}

// distance between two nodes in world space
function distance(a: SceneNode, b: SceneNode): number {
  const diff = worldPosition(a).sub(worldPosition(b));
  return Math.sqrt(diff.mul(diff).sum());
}

// walks the tree depth first and records the names
function visit(node: SceneNode, visitor: NameVisitor): void {
  visitor.visited.push(node.name);
  let c = node.firstChild;
  while (c !== null) {
    visit(c, visitor);
    c = c.nextSibling;
  }
}

const world = new SceneNode("world", zeros(3));
const car = new SceneNode("car", array([10, 0, 5]));
const wheel = new SceneNode("wheel", array([1.2, -0.4, 0]));
const lamp = new SceneNode("lamp", array([0, 3, 0]));

attach(world, car);
attach(car, wheel);
attach(world, lamp);

const visitor = new NameVisitor();
visit(world, visitor);
console.log("scene:", visitor.visited.join(" > "));

for (const node of [car, wheel, lamp]) {
  console.log(node.name, "at", worldPosition(node).tolist());
}
console.log("wheel to lamp:", distance(wheel, lamp).toFixed(3));

// moving the car moves the wheel too, because the wheel's offset is relative
car.offset.iadd(array([5, 0, 0]));
console.log("wheel after moving the car:", worldPosition(wheel).tolist());
