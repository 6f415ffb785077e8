// Test suite for a portfolio-rebalancing module driven by a shared holdings fixture that tests read and a teardown restores between tests.
import { array, NDArray } from "ndalias";

const INITIAL_WEIGHTS = [0.4, 0.35, 0.25];
const HOLDINGS = array(INITIAL_WEIGHTS);
const PRICES = array([101.5, 48.2, 230.0]);

interface Fixture {
  weights: NDArray;
  prices: NDArray;
  cash: number;
}

function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- fixtures ------------------------------------------------------------------

function setupFixture(): Fixture {
  return { weights: HOLDINGS.copy(), prices: PRICES.copy(), cash: 1000 };
}

function cloneFixture(fx: Fixture): Fixture {
  return { weights: fx.weights.copy(), prices: fx.prices.copy(), cash: fx.cash };
}

function teardown(): void {
  HOLDINGS.assign(":", array(INITIAL_WEIGHTS));
}

// --- operations under test ---------------------------------------------------

function rebalanced(weights: NDArray, target: NDArray, rate: number): NDArray {
  return weights.add(target.sub(weights).mul(rate));
}

function normalizeInPlace(weights: NDArray): void {
  weights.idiv(weights.sum());
}

function portfolioValue(fx: Fixture): number {
  return fx.weights.mul(fx.prices).sum() * fx.cash;
}

function valueAfterFees(fx: Fixture, feeRate: number): number {
  fx.weights.imul(1 - feeRate); // expect: no-alias-mutation
  return portfolioValue(fx);
}

// --- tests ---------------------------------------------------------------------

function testRebalanceMovesTowardTarget(): boolean {
  const fx = setupFixture();
  const target = array([1 / 3, 1 / 3, 1 / 3]);
  const next = rebalanced(fx.weights, target, 0.5);
  return close(next.sum(), 1) && next.get(0) < fx.weights.get(0);
}

function testFeesReduceValue(): boolean {
  const fx = setupFixture();
  const before = portfolioValue(cloneFixture(fx));
  const after = valueAfterFees(fx, 0.01);
  return after < before && close(fx.weights.sum(), 1);
}

function testDriftScenario(): boolean {
  const drifted = HOLDINGS;
  drifted.imul(array([1.1, 0.9, 1.0])); // expect: no-alias-mutation
  const total = drifted.sum();
  return total > 0.99 && total < 1.01;
}

function testNormalizeShared(): boolean {
  HOLDINGS.imul(2);
  normalizeInPlace(HOLDINGS);
  return close(HOLDINGS.sum(), 1);
}

function testHoldingsUntouched(): boolean {
  const fx = setupFixture();
  fx.weights.fill(0);
  return close(HOLDINGS.sum(), 1) && close(fx.weights.sum(), 0);
}

// --- runner --------------------------------------------------------------------

const suite: Array<[string, () => boolean]> = [
  ["rebalance moves toward target", testRebalanceMovesTowardTarget],
  ["fees reduce value", testFeesReduceValue],
  ["drift scenario", testDriftScenario],
  ["normalize shared holdings", testNormalizeShared],
  ["holdings untouched by fixture edits", testHoldingsUntouched],
];

let passed = 0;
for (const [name, test] of suite) {
  const ok = test();
  teardown();
  if (ok) passed++;
  console.log(`[${ok ? "x" : " "}] ${name}`);
}
console.log(`${passed} of ${suite.length} rebalancing tests passed`);
