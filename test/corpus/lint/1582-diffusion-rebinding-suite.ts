// Test suite for a 1-D heat-diffusion stepper with double buffering: tests rebind working names, swap front/back buffers and check conservation.
import { array, zeros, NDArray } from "ndalias";

function makeRod(): NDArray {
  return array([100, 0, 0, 0, 0, 100]);
}

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

// --- stepper under test ------------------------------------------------------

function diffuseStep(src: NDArray, dst: NDArray, alpha: number): void {
  const n = src.size;
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + alpha * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

function simulate(initial: NDArray, steps: number, alpha: number): NDArray {
  let front = initial.copy();
  let back = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    diffuseStep(front, back, alpha);
    [front, back] = [back, front];
  }
  return front;
}

// --- tests ---------------------------------------------------------------------

function testSimulationKeepsInput(): boolean {
  const rod = makeRod();
  const result = simulate(rod, 10, 0.25);
  return near(rod.get(2), 0) && result.get(2) > 0 && near(result.get(0), 100);
}

function testRebindEndsAlias(): boolean {
  const rod = makeRod();
  let work: NDArray = rod;
  work = work.sub(rod.mean());
  work.imul(2);
  return near(work.sum(), 0) && rod.get(0) === 100;
}

function testScratchReplacedBeforeWrite(): boolean {
  const rod = makeRod();
  let scratch = rod;
  scratch = zeros(rod.size);
  scratch.fill(1);
  return scratch.sum() === rod.size && rod.max() === 100;
}

function testSwapThenClearBack(): boolean {
  let a = makeRod();
  let b = zeros(a.size);
  b.assign(":", a.mul(0.5));
  [a, b] = [b, a];
  b.fill(0);
  return a.max() === 50 && b.sum() === 0;
}

function testManualPingPong(): boolean {
  let cur = makeRod();
  let nxt = zeros(cur.size);
  for (let s = 0; s < 3; s++) {
    diffuseStep(cur, nxt, 0.1);
    const tmp = cur;
    cur = nxt;
    nxt = tmp;
  }
  nxt.fill(-1);
  return cur.get(1) > 0 && cur.min() >= 0;
}

function testSmoothedCopyIsRead(): boolean {
  const rod = makeRod();
  let smoothed = rod.copy();
  smoothed = smoothed.add(rod.flip()).mul(0.5);
  smoothed.set(0, 0);
  return near(smoothed.sum(), 100) && near(rod.sum(), 200);
}

// --- runner --------------------------------------------------------------------

const tests: Array<[string, () => boolean]> = [
  ["simulation keeps its input", testSimulationKeepsInput],
  ["rebinding ends the alias", testRebindEndsAlias],
  ["scratch replaced before write", testScratchReplacedBeforeWrite],
  ["swap then clear back buffer", testSwapThenClearBack],
  ["manual ping-pong", testManualPingPong],
  ["smoothed copy is read", testSmoothedCopyIsRead],
];

let failed = 0;
for (const [name, test] of tests) {
  const ok = test();
  if (!ok) failed++;
  console.log(`${ok ? "PASS" : "FAIL"}: ${name}`);
}
console.log(`${tests.length - failed} passed, ${failed} failed`);
