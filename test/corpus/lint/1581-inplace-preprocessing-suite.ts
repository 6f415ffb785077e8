// Test suite for in-place preprocessing helpers (clip, standardise, zero rows, clear header) that write their argument by design and return nothing.
// runnable
import { array, zeros, NDArray } from "ndalias";

let failures = 0;

function expectList(actual: NDArray, expected: number[], label: string, tol = 1e-6): void {
  const got = (actual.tolist() as number[]).flat();
  const ok = got.length === expected.length && got.every((v, i) => Math.abs(v - expected[i]) <= tol);
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} ${label}${ok ? "" : ` (got ${JSON.stringify(got)})`}`);
}

// --- helpers under test ------------------------------------------------------

function clipInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.data[i] = Math.min(hi, Math.max(lo, x.data[i] as number));
  }
}

function standardizeInPlace(x: NDArray): void {
  x.isub(x.mean());
  const sd = Math.sqrt(x.mul(x).mean());
  if (sd > 0) {
    x.idiv(sd);
  }
}

function zeroRows(m: NDArray, rows: number[]): void {
  for (const r of rows) {
    m.slice(r).fill(0);
  }
}

function clearHeader(table: NDArray): void {
  const header = table.slice(0);
  header.fill(0);
}

// --- fixtures ------------------------------------------------------------------

const WORKSPACE = zeros(4);

function makeSeries(): NDArray {
  return array([-3, -1, 1, 3]);
}

function makeTable(): NDArray {
  return array([
    [9, 9, 9],
    [1, 2, 3],
    [4, 5, 6],
  ]);
}

function teardown(): void {
  WORKSPACE.fill(0);
}

// --- tests ---------------------------------------------------------------------

function testClip(): void {
  const x = makeSeries();
  clipInPlace(x, -2, 2);
  expectList(x, [-2, -1, 1, 2], "clip to [-2, 2]");
}

function testStandardize(): void {
  const x = makeSeries();
  standardizeInPlace(x);
  const sd = Math.sqrt(5);
  expectList(x, [-3 / sd, -1 / sd, 1 / sd, 3 / sd], "standardise a symmetric series");
}

function testStandardizeWorkspace(): void {
  WORKSPACE.assign(":", array([2, 4, 6, 8]));
  standardizeInPlace(WORKSPACE);
  const mean = WORKSPACE.mean();
  const meanSquare = WORKSPACE.mul(WORKSPACE).mean();
  expectList(array([mean, meanSquare]), [0, 1], "workspace has zero mean and unit variance");
}

function testZeroRowsAndHeader(): void {
  const t = makeTable();
  clearHeader(t);
  zeroRows(t, [2]);
  expectList(t, [0, 0, 0, 1, 2, 3, 0, 0, 0], "header and last row cleared");
}

function testResetBatchesWithForEach(): void {
  const batches = [makeSeries(), makeSeries(), makeSeries()];
  batches.forEach((b) => b.fill(0));
  expectList(batches[0], [0, 0, 0, 0], "first batch cleared by forEach");
  expectList(batches[2], [0, 0, 0, 0], "last batch cleared by forEach");
}

function testClipEachBatch(): void {
  const batches = [makeSeries(), makeSeries().mul(2)];
  batches.forEach((b) => {
    clipInPlace(b, -4, 4);
    b.iadd(1);
  });
  expectList(batches[1], [-3, -1, 3, 5], "second batch clipped and shifted");
}

// --- runner --------------------------------------------------------------------

const tests = [testClip, testStandardize, testStandardizeWorkspace, testZeroRowsAndHeader, testResetBatchesWithForEach, testClipEachBatch];
for (const test of tests) {
  test();
  teardown();
}
console.log(failures === 0 ? "all preprocessing tests passed" : `${failures} preprocessing check(s) failed`);
