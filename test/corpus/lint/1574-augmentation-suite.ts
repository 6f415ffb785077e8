// Test suite for image-batch augmentation: row masking, mirrored borders and brightness jitter on fixture batches, with a shared batch restored after each test.
import { array, NDArray } from "ndalias";

const BASE = [
  [10, 20, 30],
  [40, 50, 60],
  [70, 80, 90],
];
const sharedBatch = array(BASE);

function freshBatch(): NDArray {
  return array(BASE);
}

function cloneBatch(batch: NDArray): NDArray {
  return batch.copy();
}

function restoreShared(): void {
  sharedBatch.assign(":", array(BASE));
}

function approxEqual(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- operations under test ---------------------------------------------------

function maskRows(batch: NDArray, rows: number[]): void {
  const selected = batch.take(rows, 0);
  selected.fill(0); // expect: no-lost-write
}

function mirrored(batch: NDArray): NDArray {
  return batch.flip(1).copy();
}

function brightened(batch: NDArray, delta: number, gain: number): NDArray {
  const out = batch.add(delta);
  out.imul(gain);
  return out;
}

// --- tests ---------------------------------------------------------------------

function testMaskRows(): boolean {
  const batch = freshBatch();
  maskRows(batch, [0, 2]);
  return approxEqual(batch.slice(0).sum(), 0) && approxEqual(batch.slice(1).sum(), 150);
}

function testMirroredCopy(): boolean {
  const batch = freshBatch();
  const m = mirrored(batch);
  m.slice(":", 0).fill(0);
  return approxEqual(m.sum(), 270) && approxEqual(batch.slice(":", -1).sum(), 180);
}

function testMarkBorderOnFlippedView(): boolean {
  const batch = freshBatch();
  const flipped = batch.flip(1);
  const borderBefore = batch.slice(":", -1).sum();
  flipped.slice(":", 0).fill(0); // expect: no-view-mutation
  return approxEqual(batch.slice(":", -1).sum(), borderBefore) && approxEqual(flipped.get(0, 0), 0);
}

function testBrightnessOnShared(): boolean {
  const out = brightened(sharedBatch, 5, 2);
  return approxEqual(out.get(0, 0), 30) && approxEqual(sharedBatch.get(0, 0), 10);
}

function testSharedInPlaceGain(): boolean {
  sharedBatch.imul(0.5);
  const ok = approxEqual(sharedBatch.max(), 45);
  return ok;
}

function testCloneThenJitter(): boolean {
  const batch = freshBatch();
  const jittered = cloneBatch(batch);
  jittered.iadd(array([1, -1, 0]));
  return approxEqual(jittered.get(0, 0), 11) && approxEqual(batch.get(0, 0), 10);
}

// --- runner --------------------------------------------------------------------

const tests: Array<() => boolean> = [
  testMaskRows,
  testMirroredCopy,
  testMarkBorderOnFlippedView,
  testBrightnessOnShared,
  testSharedInPlaceGain,
  testCloneThenJitter,
];

let failures = 0;
for (const test of tests) {
  const ok = test();
  restoreShared();
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} ${test.name}`);
}
console.log(failures === 0 ? "all augmentation tests passed" : `${failures} augmentation test(s) failed`);
