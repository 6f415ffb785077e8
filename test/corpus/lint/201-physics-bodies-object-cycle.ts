// Physics scene kept in object-dtype arrays: nodes hold transforms and child lists (a tree), a material cache stores fresh arrays, and a joint makes two bodies hold each other as partners.
import { empty, eye, full, zeros, NDArray } from "ndalias";

function makeNode(name: string, nChildren: number): NDArray {
  const node = empty(3, "object");
  node.set(0, name);
  node.set(1, eye(3));
  node.set(2, empty(nChildren, "object"));
  return node;
}

function attach(parent: NDArray, slot: number, child: NDArray): void {
  const children: NDArray = parent.get(2);
  children.set(slot, child);
}

function makeMaterials(names: string[]): NDArray {
  const cache = empty(names.length, "object");
  for (let i = 0; i < names.length; i++) cache.set(i, full(3, 0.1 * (i + 1)));
  const fallback = empty(1, "object");
  fallback.fill(zeros(3));
  const entry = empty(2, "object");
  entry.set(0, cache);
  entry.set(1, fallback);
  return entry;
}

function connectBodies(): [NDArray, NDArray] {
  const bodyA = empty(3, "object");
  const bodyB = empty(3, "object");
  bodyA.set(0, zeros(3));
  bodyB.set(0, full(3, 1));
  bodyA.set(1, "hinge");
  bodyB.set(1, "hinge");
  bodyA.set(2, bodyB);
  bodyB.set(2, bodyA); // expect: no-reference-cycle
  return [bodyA, bodyB];
}

function buildRig(): NDArray {
  const root = makeNode("root", 2);
  const arm = makeNode("arm", 1);
  const hand = makeNode("hand", 0);
  const leg = makeNode("leg", 0);
  attach(root, 0, arm);
  attach(root, 1, leg);
  attach(arm, 0, hand);
  const transform: NDArray = arm.get(1);
  transform.set([0, 2], 1.5);
  return root;
}

const rig = buildRig();
const firstChild: NDArray = rig.get(2).get(0);
console.log("rig root:", rig.get(0), "first child:", firstChild.get(0), "offset:", firstChild.get(1).get(0, 2));

const materials = makeMaterials(["steel", "rubber"]);
console.log("rubber albedo:", materials.get(0).get(1).tolist());

const [a, b] = connectBodies();
const partnerOfA: NDArray = a.get(2);
console.log("A's partner starts at:", partnerOfA.get(0).tolist(), "B's partner starts at:", b.get(2).get(0).tolist());
