// Tracks allocation scopes of a batch job in object-dtype tables, registers each stage's buffers and frees everything when the job ends.
// runnable
import { empty, zeros, ones, full, NDArray, refcount, collect, memoryStats } from "ndalias";

const NAME = 0;
const PARENT = 1;
const FIRST_SLOT = 2;

function openScope(name: string, capacity: number): NDArray {
  const scope = empty(FIRST_SLOT + capacity, "object");
  scope.set(NAME, name);
  scope.set(PARENT, null);
  return scope;
}

function register(scope: NDArray, slot: number, buffer: NDArray): void {
  scope.set(FIRST_SLOT + slot, buffer);
}

function bytesHeld(scope: NDArray): number {
  let total = 0;
  for (let i = FIRST_SLOT; i < scope.size; i++) {
    const entry = scope.get(i);
    if (entry instanceof Object && "size" in entry) {
      total += (entry as NDArray).size * 8;
    }
  }
  return total;
}

function releaseScope(scope: NDArray): void {
  for (let i = FIRST_SLOT; i < scope.size; i++) {
    const entry = scope.get(i);
    if (entry instanceof Object && "dispose" in entry) {
      (entry as NDArray).dispose();
    }
  }
  scope.dispose();
}

export function runFlatJob(): number {
  const stack: NDArray[] = [];
  const root = openScope("root", 2);
  stack.push(root);
  register(root, 0, zeros(64));

  const stage = openScope("stage", 2);
  stack.push(stage);
  register(stage, 0, ones(128));
  register(stage, 1, full(32, 0.5));

  let held = 0;
  for (const scope of stack) held += bytesHeld(scope);
  while (stack.length > 0) {
    const top = stack.pop();
    if (top) releaseScope(top);
  }
  return held;
}

export function runLinkedJob(): number {
  const root = openScope("root", 2);
  register(root, 0, zeros(64));

  const stage = openScope("stage", 2);
  register(stage, 0, ones(128));
  register(stage, 1, full(32, 0.5));

  root.set(FIRST_SLOT + 1, stage);
  stage.set(PARENT, root); // expect: no-reference-cycle

  const held = bytesHeld(root) + bytesHeld(stage);
  console.log("root references before release:", refcount(root));
  stage.dispose();
  root.dispose();
  return held;
}

export function runSharedBufferJob(): number {
  const shared = zeros(16);
  const left = openScope("left", 1);
  const right = openScope("right", 1);
  register(left, 0, shared);
  register(right, 0, shared);
  const held = bytesHeld(left) + bytesHeld(right);
  console.log("references to the shared buffer:", refcount(shared));
  left.dispose();
  right.dispose();
  shared.dispose();
  return held;
}

const before = memoryStats().storages;
console.log("flat job bytes:", runFlatJob(), "storages left:", memoryStats().storages - before);
console.log("shared job bytes:", runSharedBufferJob(), "storages left:", memoryStats().storages - before);
console.log("linked job bytes:", runLinkedJob(), "storages left:", memoryStats().storages - before);
const reclaimed = collect();
console.log("storages reclaimed by collect():", reclaimed, "storages left:", memoryStats().storages - before);
