// Builds a level's scene graph from object-dtype child tables holding transforms and meshes, renders a summary and unloads the level.
// runnable
import { array, empty, eye, zeros, refcount, memoryStats, NDArray } from "ndalias";

// slot 0: local transform, slot 1: mesh (or null), slot 2: parent link, slots 3..: children
const TRANSFORM = 0;
const MESH = 1;
const PARENT = 2;
const FIRST_CHILD = 3;

function makeNode(translation: number[], mesh: NDArray | null, maxChildren: number): NDArray {
  const node = empty(FIRST_CHILD + maxChildren, "object");
  const transform = eye(3);
  transform.set([0, 2], translation[0]);
  transform.set([1, 2], translation[1]);
  node.set(TRANSFORM, transform);
  node.set(MESH, mesh);
  node.set(PARENT, null);
  for (let i = FIRST_CHILD; i < node.size; i++) node.set(i, null);
  return node;
}

function childSlots(node: NDArray): number[] {
  const slots: number[] = [];
  for (let i = FIRST_CHILD; i < node.size; i++) {
    if (node.get(i) !== null) slots.push(i);
  }
  return slots;
}

function attach(parent: NDArray, child: NDArray): void {
  const free = FIRST_CHILD + childSlots(parent).length;
  parent.set(free, child);
  child.set(PARENT, parent); // expect: no-reference-cycle
}

function worldTransform(local: NDArray, parentWorld: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let acc = 0;
      for (let k = 0; k < 3; k++) acc += parentWorld.get(i, k) * local.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

function summarise(node: NDArray, parentWorld: NDArray, depth: number, lines: string[]): string[] {
  const world = worldTransform(node.get(TRANSFORM) as NDArray, parentWorld);
  const mesh = node.get(MESH) as NDArray | null;
  const label = mesh ? `mesh(${mesh.shape[0]} verts)` : "group";
  lines.push(`${"  ".repeat(depth)}${label} at (${world.get(0, 2)}, ${world.get(1, 2)})`);
  for (const slot of childSlots(node)) {
    summarise(node.get(slot) as NDArray, world, depth + 1, lines);
  }
  return lines;
}

const crate = array([[0, 0], [1, 0], [1, 1], [0, 1]]);
const barrel = array([[0, 0], [0.5, -0.2], [1, 0], [0.5, 0.2], [0.5, 1]]);

const root = makeNode([0, 0], null, 3);
const room = makeNode([10, 4], null, 2);
const crateNode = makeNode([1, 1], crate, 0);
const barrelNode = makeNode([3, 0], barrel, 0);

attach(root, room);
attach(room, crateNode);
attach(room, barrelNode);

const level = empty(2, "object");
level.set(0, root);
level.set(1, "dungeon-01");

console.log(`level ${level.get(1) as string}:`);
for (const line of summarise(root, eye(3), 0, [])) console.log(line);
console.log("references to the room table:", refcount(room));

for (const n of [crateNode, barrelNode, room, root, level]) n.dispose();
crate.dispose();
barrel.dispose();
console.log("after unloading:", memoryStats());
