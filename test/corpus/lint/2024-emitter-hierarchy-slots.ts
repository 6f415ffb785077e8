// Builds a particle emitter hierarchy in object-dtype slots, picks a spawn buffer for a burst and prints the buffers and hierarchy sizes.
import { array, zeros, ones, empty, refcount, NDArray } from "ndalias";

const SLOT_POSITIONS = 0;
const SLOT_CHILDREN = 1;
const SLOT_PARENT = 2;

function makeNode(n: number, height: number): NDArray {
  const node = empty(3, "object");
  const positions = zeros([n, 2]);
  positions.slice(":", 1).fill(height);
  node.set(SLOT_POSITIONS, positions);
  node.set(SLOT_CHILDREN, empty(0, "object"));
  node.set(SLOT_PARENT, null);
  return node;
}

function buildHierarchy(): NDArray {
  const root = makeNode(4, 2.0);
  const left = makeNode(2, 1.0);
  const right = makeNode(2, 1.5);
  const children = empty(2, "object");
  children.set(0, left);
  children.set(1, right);
  root.set(SLOT_CHILDREN, children);
  left.set(SLOT_PARENT, root); // expect: no-reference-cycle
  right.set(SLOT_PARENT, root); // expect: no-reference-cycle
  return root;
}

function buildFlatRegistry(): NDArray {
  const registry = empty(3, "object");
  const shared = ones([2, 2]);
  registry.set(0, shared);
  registry.set(1, shared.T);
  registry.set(2, array([0, 1]));
  return registry;
}

function countParticles(node: NDArray): number {
  const positions: NDArray = node.get(SLOT_POSITIONS);
  const children: NDArray = node.get(SLOT_CHILDREN);
  let total = positions.shape[0];
  for (let i = 0; i < children.size; i++) {
    total += countParticles(children.get(i));
  }
  return total;
}

function lowestEmitter(node: NDArray): number {
  const positions: NDArray = node.get(SLOT_POSITIONS);
  const children: NDArray = node.get(SLOT_CHILDREN);
  let lowest = positions.slice(":", 1).min();
  for (let i = 0; i < children.size; i++) {
    lowest = Math.min(lowest, lowestEmitter(children.get(i)));
  }
  return lowest;
}

function spawnOffsets(n: number, spread: number): NDArray {
  const offsets = zeros([n, 2]);
  for (let i = 0; i < n; i++) {
    offsets.set([i, 0], spread * (i - (n - 1) / 2));
  }
  return offsets;
}

const hierarchy = buildHierarchy();
const registry = buildFlatRegistry();

const primary = zeros([4, 2]);
const secondary = ones([4, 2]);
const useSecondary = countParticles(hierarchy) > 6;
const spawn = useSecondary ? secondary : primary;
spawn.iadd(spawnOffsets(4, 0.1)); // expect: no-alias-mutation

const burst = spawn.copy();
burst.slice(":", 1).iadd(0.5);

const cooled = primary.mul(0.5);
cooled.isub(0.01);

console.log("particles in hierarchy:", countParticles(hierarchy), "lowest emitter:", lowestEmitter(hierarchy));
console.log("primary:", primary.tolist(), "secondary sum:", secondary.sum());
console.log("burst:", burst.tolist(), "cooled:", cooled.tolist());
console.log("registry refs:", refcount(registry.get(0)), "registry size:", registry.size);
