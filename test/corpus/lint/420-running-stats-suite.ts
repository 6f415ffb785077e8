// Test suite for a running-statistics module: running means, scaling, centring and warm-up windows over a shared sample fixture.
// runnable
import { array, NDArray } from "ndalias";

type Hook = () => void;
const hooks: Hook[] = [];
let passed = 0;
let failed = 0;

function beforeEach(fn: Hook): void {
  hooks.push(fn);
}

function describe(title: string, body: Hook): void {
  console.log(title);
  body();
  hooks.length = 0;
}

function it(title: string, body: Hook): void {
  for (const hook of hooks) hook();
  try {
    body();
    passed++;
    console.log(`  ok   ${title}`);
  } catch (err) {
    failed++;
    console.log(`  FAIL ${title}: ${(err as Error).message}`);
  }
}

function expectClose(actual: number, expected: number, tol = 1e-9): void {
  if (Math.abs(actual - expected) > tol) {
    throw new Error(`expected ${expected}, got ${actual}`);
  }
}

function expectArray(actual: NDArray, expected: number[]): void {
  const got = actual.tolist() as number[];
  const same = got.length === expected.length && got.every((v, i) => Math.abs(v - expected[i]) < 1e-9);
  if (!same) {
    throw new Error(`expected [${expected.join(", ")}], got [${got.join(", ")}]`);
  }
}

function runningMean(x: NDArray): NDArray {
  const out = x.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, (out.get(i - 1) * i + x.get(i)) / (i + 1));
  }
  return out;
}

let samples: NDArray;

describe("running statistics", () => {
  beforeEach(() => {
    samples = array([2, 4, 6, 8]);
  });

  it("computes the running mean of a ramp", () => {
    expectArray(runningMean(samples), [2, 3, 4, 5]);
    expectArray(samples, [2, 4, 6, 8]);
  });

  it("doubles the total when scaling by two", () => {
    const original = samples;
    samples.imul(2); // expect: no-alias-mutation
    expectClose(samples.sum(), 2 * original.sum());
  });

  it("keeps the spread when centring", () => {
    const before = samples.copy();
    samples.isub(samples.mean());
    expectArray(samples.sub(before), [-5, -5, -5, -5]);
    expectClose(samples.max() - samples.min(), before.max() - before.min());
  });

  it("keeps the warm-up mean after a reset", () => {
    const warmup = samples.slice(":2");
    const warmupMean = warmup.mean();
    samples.fill(0); // expect: no-view-mutation
    expectClose(warmup.mean(), warmupMean);
  });

  it("detaches a copied warm-up window from the reset", () => {
    const warmup = samples.slice(":2").copy();
    samples.fill(0);
    expectClose(warmup.mean(), 3);
    expectClose(samples.sum(), 0);
  });
});

console.log(`${passed} passed, ${failed} failed`);
