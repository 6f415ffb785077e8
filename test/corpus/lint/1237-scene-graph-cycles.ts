// Scene graph nodes holding transform matrices, with per-node registries of child transforms and packed slot tables for export.
import { array, eye, empty, NDArray } from "ndalias";

class SceneNode {
  transform: NDArray;
  children: NDArray;
  childCount = 0;
  root: SceneNode | null = null;
  anchor: SceneNode | null = null;

  constructor(readonly name: string) {
    this.transform = eye(3);
    this.children = empty(8, "object");
  }

  translate(dx: number, dy: number): void {
    this.transform.set([0, 2], this.transform.get(0, 2) + dx);
    this.transform.set([1, 2], this.transform.get(1, 2) + dy);
  }

  addChildTransform(child: SceneNode): void {
    this.children.set(this.childCount, child.transform);
    this.childCount++;
  }
}

export function makeRoot(name: string): SceneNode {
  const node = new SceneNode(name);
  // a root is its own root, so lookups never return null
  node.root = node; // expect: no-reference-cycle
  return node;
}

export function attach(parent: SceneNode, child: SceneNode, hub: SceneNode): void {
  parent.addChildTransform(child);
  child.root = parent.root ?? parent;
  child.anchor = hub;
  parent.anchor = hub;
}

export function packSlots(kind: string, a: NDArray, b: NDArray): NDArray {
  const slots = empty(3, "object");
  slots.set(0, a);
  slots.set(1, b);
  switch (kind) {
    case "self-describing":
      // the third slot lets a reader find the table it came from
      slots.set(2, slots); // expect: no-reference-cycle
      break;
    case "pair":
      slots.set(2, array([a.sum(), b.sum()]));
      break;
    default:
      slots.set(2, null);
      break;
  }
  return slots;
}

export function worldPosition(node: SceneNode): [number, number] {
  return [node.transform.get(0, 2), node.transform.get(1, 2)];
}

export function exportTables(nodes: SceneNode[]): NDArray {
  const table = empty(nodes.length, "object");
  let i = 0;
  for (const n of nodes) {
    const entry = empty(2, "object");
    entry.set(0, n.transform);
    entry.set(1, n.children);
    table.set(i++, entry);
  }
  return table;
}

const world = new SceneNode("world");
const hub = new SceneNode("hub");
const car = new SceneNode("car");
const wheel = new SceneNode("wheel");

attach(world, car, hub);
attach(car, wheel, hub);
car.translate(4, 1);
wheel.translate(0.5, -0.2);

const stage = makeRoot("stage");
console.log("stage root is itself:", stage.root === stage);
console.log("car at", worldPosition(car), "wheel at", worldPosition(wheel));
console.log("car root:", car.root?.name, "wheel anchor:", wheel.anchor?.name);

const pair = packSlots("pair", car.transform, wheel.transform);
const described = packSlots("self-describing", car.transform, wheel.transform);
console.log("pair sums:", (pair.get(2) as NDArray).tolist(), "described size:", described.size);

const exported = exportTables([world, car, wheel]);
console.log("exported", exported.size, "nodes; world children:", world.childCount);
