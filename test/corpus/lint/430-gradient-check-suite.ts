// Gradient-checking tests for a tiny linear model: numeric vs analytic gradients, norm clipping, SGD steps and group masking.
import { array, zeros, NDArray } from "ndalias";

function loss(w: NDArray, x: NDArray, y: number): number {
  const err = w.mul(x).sum() - y;
  return err * err;
}

function analyticGradient(w: NDArray, x: NDArray, y: number): NDArray {
  const err = w.mul(x).sum() - y;
  return x.mul(2 * err);
}

function numericGradient(w: NDArray, x: NDArray, y: number, eps = 1e-6): NDArray {
  const grad = zeros(w.size);
  for (let i = 0; i < w.size; i++) {
    const up = w.copy();
    up.set(i, up.get(i) + eps);
    const down = w.copy();
    down.set(i, down.get(i) - eps);
    grad.set(i, (loss(up, x, y) - loss(down, x, y)) / (2 * eps));
  }
  return grad;
}

function clipGradNorm(grad: NDArray, maxNorm: number): number {
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm > maxNorm) {
    grad.imul(maxNorm / norm); // expect: no-alias-mutation
  }
  return norm;
}

function sgdStep(w: NDArray, grad: NDArray, lr: number): void {
  w.flatten().isub(grad.mul(lr)); // expect: no-lost-write
}

let weights: NDArray;
let bias: NDArray;
const x = array([1, 2, 3]);
const tests: Array<[string, () => void]> = [];
const it = (name: string, fn: () => void): void => {
  tests.push([name, fn]);
};
function expectNear(actual: number, expected: number, tol = 1e-4): void {
  if (!(Math.abs(actual - expected) <= tol)) throw new Error(`expected ~${expected}, got ${actual}`);
}

it("numeric and analytic gradients agree", () => {
  const numeric = numericGradient(weights, x, 1);
  const analytic = analyticGradient(weights, x, 1);
  expectNear(numeric.sub(analytic).max(), 0);
  expectNear(numeric.sub(analytic).min(), 0);
});

it("clipping reports the norm before clipping", () => {
  const g = array([3, 4, 0]);
  expectNear(clipGradNorm(g, 1), 5);
  expectNear(g.get(0), 0.6);
});

it("an SGD step moves the weights against the gradient", () => {
  const before = weights.copy();
  sgdStep(weights, array([1, 1, 1]), 0.1);
  expectNear(before.sub(weights).sum(), 0.3);
});

for (const group of ["weights", "bias"] as const) {
  it(`a masked ${group} group does not change the model`, () => {
    const masked = group === "weights" ? weights : bias;
    masked.fill(0); // expect: no-alias-mutation
    expectNear(weights.sum(), 1.5);
    expectNear(bias.sum(), 0.1);
  });
}

for (const [name, fn] of tests) {
  weights = array([0.5, -1, 2]);
  bias = array([0.1]);
  try {
    fn();
    console.log(`pass ${name}`);
  } catch (e) {
    console.log(`fail ${name}: ${(e as Error).message}`);
  }
}
