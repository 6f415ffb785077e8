// Sweep-and-prune broad phase for an ECS arena: finds overlapping bodies, records contact manifolds in object-dtype arrays and pushes bodies apart.
// runnable
import { array, empty, refcount, memoryStats, NDArray } from "ndalias";

const NAMES = ["ship", "rock", "probe", "mine"];
const positions = array([
  [6.0, 1.0],
  [1.0, 2.0],
  [5.5, 1.5],
  [2.0, 2.5],
]);
const radii = array([1.0, 1.5, 0.5, 0.75]);

interface Pair {
  a: number;
  b: number;
  depth: number;
}

// Each contact is an object array [normal, depth, partner contact].
function makeContact(normal: NDArray, depth: number): NDArray {
  const contact = empty(3, "object");
  contact.set(0, normal);
  contact.set(1, array([depth]));
  return contact;
}

function linkContacts(first: NDArray, second: NDArray): void {
  first.set(2, second);
  second.set(2, first); // expect: no-reference-cycle
}

function overlap(a: number, b: number): number {
  const d = positions.slice(a).sub(positions.slice(b));
  const dist = Math.sqrt(d.mul(d).sum());
  return radii.get(a) + radii.get(b) - dist;
}

// Sweep along x: sort the x extents and report candidate pairs whose intervals overlap.
const xs = positions.slice(":", 0);
xs.sort(); // expect: no-view-mutation
const sweepOrder: number[] = [];
for (let i = 0; i < xs.size; i++) sweepOrder.push(i);
console.log("sweep axis:", xs.tolist());

const pairs: Pair[] = [];
for (let i = 0; i < sweepOrder.length; i++) {
  for (let j = i + 1; j < sweepOrder.length; j++) {
    const a = sweepOrder[i];
    const b = sweepOrder[j];
    const depth = overlap(a, b);
    if (depth > 0) pairs.push({ a, b, depth });
  }
}

// Narrow phase: one pair of linked contacts per overlapping pair.
const manifolds: NDArray[] = [];
for (const { a, b, depth } of pairs) {
  const d = positions.slice(b).sub(positions.slice(a));
  const len = Math.sqrt(d.mul(d).sum()) || 1;
  const normal = d.div(len);
  const onA = makeContact(normal, depth);
  const onB = makeContact(normal.mul(-1), depth);
  linkContacts(onA, onB);
  manifolds.push(onA);
  console.log(`contact ${NAMES[a]} <-> ${NAMES[b]} depth=${depth.toFixed(3)}`);
}

// Resolve: push each body half the penetration depth along the contact normal.
for (const { a, b, depth } of pairs) {
  const d = positions.slice(b).sub(positions.slice(a));
  const len = Math.sqrt(d.mul(d).sum()) || 1;
  const push = d.mul(depth / (2 * len));
  positions.slice(a).isub(push);
  positions.slice(b).iadd(push);
}

console.log("resolved positions:", positions.tolist());
if (manifolds.length > 0) {
  console.log("references to the first contact:", refcount(manifolds[0]));
}
for (const m of manifolds) m.dispose();
console.log("storages after frame:", memoryStats().storages);
