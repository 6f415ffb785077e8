// Checks the analytic gradient of a quadratic loss against central finite differences, one weight at a time.
// runnable
import { array, NDArray } from "ndalias";

const A = array([
  [2, 0.5],
  [0.5, 1],
]);
const b = array([1, -1]);

// loss(w) = 0.5 * w^T A w - b . w
function loss(w: NDArray): number {
  let quad = 0;
  for (let i = 0; i < w.size; i++) {
    for (let j = 0; j < w.size; j++) {
      quad += w.get(i) * A.get(i, j) * w.get(j);
    }
  }
  return 0.5 * quad - w.mul(b).sum();
}

// grad(w) = A w - b
function analyticGrad(w: NDArray): NDArray {
  const g = b.mul(-1);
  for (let i = 0; i < w.size; i++) {
    for (let j = 0; j < w.size; j++) {
      g.set(i, g.get(i) + A.get(i, j) * w.get(j));
    }
  }
  return g;
}

const w = array([0.3, -0.7]);
const eps = 1e-4;
const analytic = analyticGrad(w);
const numeric = array([0, 0]);

for (let i = 0; i < w.size; i++) {
  const original = w.get(i);
  const wPlus = w;
  wPlus.set(i, original + eps); // expect: no-alias-mutation
  const wMinus = w.copy();
  wMinus.set(i, original - eps);
  numeric.set(i, (loss(wPlus) - loss(wMinus)) / (2 * eps));
  // Put the weight back before probing the next coordinate.
  w.flatten().set(i, original); // expect: no-lost-write
}

const err = analytic.sub(numeric);
const relErr = Math.sqrt(err.mul(err).sum()) / Math.sqrt(analytic.mul(analytic).sum());
console.log("analytic:", analytic.tolist());
console.log("numeric:", numeric.tolist());
console.log("relative error:", relErr.toExponential(2), relErr < 1e-6 ? "OK" : "MISMATCH");
console.log("weights after the check:", w.tolist());
