// Tests for optimizer update rules on a shared parameter fixture: momentum, weight decay, averaging and buffer swaps.
import { array, ones, zeros, NDArray } from "ndalias";

interface OptState {
  params: NDArray;
  velocity: NDArray;
}

function momentumStep(state: OptState, grad: NDArray, lr: number, mu: number): void {
  state.velocity.imul(mu);
  state.velocity.isub(grad.mul(lr));
  state.params.iadd(state.velocity);
}

function averaged(grads: NDArray[]): NDArray {
  const acc = grads[0].copy();
  for (let i = 1; i < grads.length; i++) acc.iadd(grads[i]);
  acc.idiv(grads.length);
  return acc;
}

let state: OptState;
let passed = 0;
const failures: string[] = [];
function beforeEach(): void {
  state = { params: array([1, -2, 0.5]), velocity: zeros(3) };
}
function afterEach(): void {
  state.params.dispose();
  state.velocity.dispose();
}
function it(name: string, body: () => void): void {
  beforeEach();
  try {
    body();
    passed++;
  } catch (e) {
    failures.push(`${name}: ${(e as Error).message}`);
  } finally {
    afterEach();
  }
}
function expectAllClose(actual: NDArray, expected: NDArray): void {
  const diff = actual.sub(expected);
  if (Math.max(diff.max(), -diff.min()) > 1e-9) throw new Error(`${actual.tolist()} vs ${expected.tolist()}`);
}

it("a momentum step moves params by the new velocity", () => {
  const before = state.params.copy();
  momentumStep(state, array([1, 1, 1]), 0.1, 0.9);
  expectAllClose(state.params.sub(before), state.velocity);
  expectAllClose(state.velocity, array([-0.1, -0.1, -0.1]));
});

it("weight decay shrinks the params in place", () => {
  state.params.imul(0.5);
  expectAllClose(state.params, array([0.5, -1, 0.25]));
});

it("a rebound working copy leaves the state alone", () => {
  let params = state.params;
  params = params.mul(0.5);
  params.iadd(1);
  expectAllClose(params, array([1.5, 0, 1.25]));
  expectAllClose(state.params, array([1, -2, 0.5]));
});

it("velocity speed is measured before a reset", () => {
  state.velocity.fill(2);
  const v = state.velocity;
  const speed = Math.sqrt(v.mul(v).sum());
  state.velocity.fill(0);
  if (Math.abs(speed - Math.sqrt(12)) > 1e-9) throw new Error(`speed ${speed}`);
  expectAllClose(state.velocity, zeros(3));
});

it("averaging gradients does not touch the inputs", () => {
  const g1 = array([1, 2, 3]);
  const g2 = array([3, 2, 1]);
  expectAllClose(averaged([g1, g2]), array([2, 2, 2]));
  expectAllClose(g1, array([1, 2, 3]));
});

it("swapping ping-pong buffers keeps them distinct", () => {
  let current = zeros(3);
  let previous = ones(3);
  [current, previous] = [previous, current];
  current.fill(5);
  expectAllClose(previous, zeros(3));
  expectAllClose(current, array([5, 5, 5]));
});

console.log(`${passed} passed`);
for (const f of failures) console.log(`FAIL ${f}`);
