// Test suite for feature-engineering helpers that write only into fresh arrays (selected columns, casts, arithmetic results) and read every written result.
import { arange, array, full, zeros, NDArray } from "ndalias";

interface Dataset {
  features: NDArray;
  labels: NDArray;
}

function makeDataset(): Dataset {
  return {
    features: array([
      [1.5, 200, 0.1],
      [2.5, 180, 0.4],
      [0.5, 220, 0.9],
      [3.5, 160, 0.2],
    ]),
    labels: array([0, 1, 1, 0]),
  };
}

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- helpers under test ------------------------------------------------------

function selectScaled(features: NDArray, cols: number[], factor: number): NDArray {
  const picked = features.take(cols, 1);
  picked.imul(factor);
  return picked;
}

function bucketize(column: NDArray, width: number): NDArray {
  const buckets = column.div(width);
  for (let i = 0; i < buckets.size; i++) {
    buckets.set(i, Math.floor(buckets.get(i)));
  }
  return buckets.astype("int32");
}

function oneHot(labels: NDArray, classes: number): NDArray {
  const out = zeros([labels.size, classes]);
  for (let i = 0; i < labels.size; i++) {
    out.set([i, labels.get(i)], 1);
  }
  return out;
}

function centeredColumn(features: NDArray, col: number): NDArray {
  const c = features.slice(":", col).copy();
  c.isub(c.mean());
  return c;
}

// --- tests ---------------------------------------------------------------------

function testSelectScaledLeavesFeatures(): boolean {
  const ds = makeDataset();
  const picked = selectScaled(ds.features, [0, 2], 10);
  return near(picked.get(0, 1), 1) && near(ds.features.get(0, 2), 0.1);
}

function testBucketize(): boolean {
  const ds = makeDataset();
  const buckets = bucketize(ds.features.slice(":", 1), 50);
  return JSON.stringify(buckets.tolist()) === "[4,3,4,3]" && ds.features.get(0, 1) === 200;
}

function testOneHot(): boolean {
  const ds = makeDataset();
  const encoded = oneHot(ds.labels, 2);
  return encoded.sum() === 4 && encoded.get(1, 1) === 1;
}

function testCenteredColumn(): boolean {
  const ds = makeDataset();
  const c = centeredColumn(ds.features, 0);
  return near(c.sum(), 0) && near(ds.features.slice(":", 0).mean(), 2);
}

function testIndependentBuffers(): boolean {
  const a = zeros(4);
  const b = full(4, 2);
  a.fill(1);
  b.assign(":", a);
  a.fill(3);
  return b.sum() === 4 && a.sum() === 12;
}

function testCastThenAdjust(): boolean {
  const ds = makeDataset();
  const asFloat32 = ds.labels.astype("float32");
  asFloat32.iadd(0.5);
  const ids = arange(4);
  ids.imul(2);
  return near(asFloat32.sum(), 4) && ids.get(3) === 6 && ds.labels.sum() === 2;
}

function testFlattenedCopyNormalised(): boolean {
  const ds = makeDataset();
  const flat = ds.features.flatten();
  flat.idiv(flat.max());
  return near(flat.max(), 1) && ds.features.max() === 220;
}

// --- runner --------------------------------------------------------------------

const tests = [
  testSelectScaledLeavesFeatures,
  testBucketize,
  testOneHot,
  testCenteredColumn,
  testIndependentBuffers,
  testCastThenAdjust,
  testFlattenedCopyNormalised,
];

let passed = 0;
for (const t of tests) {
  const ok = t();
  if (ok) passed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${t.name}`);
}
console.log(`${passed}/${tests.length} feature-engineering tests passed`);
