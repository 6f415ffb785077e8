// Test suite for a rolling-statistics module: rolling means, window sums and a rescale step, with a shared signal fixture reset after each test.
// runnable
import { array, zeros, NDArray } from "ndalias";

let passed = 0;
let failed = 0;

function check(cond: boolean, label: string): void {
  if (cond) {
    passed++;
    console.log(`  ok   ${label}`);
  } else {
    failed++;
    console.log(`  FAIL ${label}`);
  }
}

function assertClose(actual: number, expected: number, label: string, tol = 1e-9): void {
  check(Math.abs(actual - expected) <= tol, `${label} (got ${actual}, expected ${expected})`);
}

function assertList(actual: NDArray, expected: number[], label: string): void {
  const got = actual.tolist() as number[];
  const same = got.length === expected.length && got.every((v, i) => Math.abs(v - expected[i]) < 1e-9);
  check(same, `${label} (got [${got.join(", ")}], expected [${expected.join(", ")}])`);
}

// --- operations under test ---------------------------------------------------

function rollingMean(x: NDArray, width: number): NDArray {
  const n = x.size - width + 1;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, x.slice(`${i}:${i + width}`).mean());
  }
  return out;
}

function windowSums(x: NDArray, width: number): number[] {
  const sums: number[] = [];
  for (let start = 0; start + width <= x.size; start += width) {
    sums.push(x.slice(`${start}:${start + width}`).sum());
  }
  return sums;
}

// --- fixtures ------------------------------------------------------------------

const SIGNAL_VALUES = [2, 4, 6, 8, 10, 12];
const SHARED_SIGNAL = array(SIGNAL_VALUES);

function makeSignal(): NDArray {
  return array(SIGNAL_VALUES);
}

function teardown(): void {
  SHARED_SIGNAL.assign(":", array(SIGNAL_VALUES));
}

// --- tests ---------------------------------------------------------------------

function testRollingMean(): void {
  const x = makeSignal();
  const means = rollingMean(x, 3);
  assertList(means, [4, 6, 8, 10], "rolling mean, width 3");
  assertList(x, SIGNAL_VALUES, "rolling mean leaves its input intact");
}

function testWindowSums(): void {
  const sums = windowSums(SHARED_SIGNAL, 2);
  check(sums.join(",") === "6,14,22", `window sums, width 2 (got ${sums.join(",")})`);
}

function testNormaliseShared(): void {
  const tail = SHARED_SIGNAL.slice("-2:");
  assertClose(tail.sum(), 22, "shared tail before normalisation");
  SHARED_SIGNAL.idiv(SHARED_SIGNAL.max());
  assertClose(SHARED_SIGNAL.max(), 1, "shared maximum after normalisation");
}

function testRescaleKeepsWarmup(): void {
  const x = makeSignal();
  const warmup = x.slice(":3");
  const warmupMean = warmup.mean();
  x.imul(0.5); // expect: no-view-mutation
  assertClose(x.sum(), 21, "rescaled total");
  assertClose(warmup.mean(), warmupMean, "warm-up window unchanged by the rescale");
}

function testRescaledCopy(): void {
  const x = makeSignal();
  const head = x.slice(":2");
  const scaled = x.mul(0.5);
  scaled.iadd(1);
  assertList(scaled, [2, 3, 4, 5, 6, 7], "rescaled and shifted copy");
  assertList(head, [2, 4], "head of the original after copying");
}

// --- runner --------------------------------------------------------------------

const tests: Array<[string, () => void]> = [
  ["rolling mean", testRollingMean],
  ["window sums", testWindowSums],
  ["normalise shared", testNormaliseShared],
  ["rescale keeps warm-up", testRescaleKeepsWarmup],
  ["rescaled copy", testRescaledCopy],
];

for (const [name, run] of tests) {
  console.log(name);
  run();
  teardown();
}
console.log(`${passed} passed, ${failed} failed`);
