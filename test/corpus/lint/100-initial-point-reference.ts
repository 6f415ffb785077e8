// Gradient descent that remembers its starting point for the final report, but takes it as a plain reference before updating the weights in place.
// runnable
import { array, NDArray } from "ndalias";

function gradient(w: NDArray, target: NDArray): NDArray {
  return w.sub(target).mul(2);
}

function evaluate(w: NDArray, target: NDArray): number {
  const d = w.sub(target);
  return d.mul(d).sum();
}

const target = array([1, -2, 0.5]);
let weights = array([0, 0, 0]);
const start = weights;
const lr = 0.1;
let bestLoss = evaluate(weights, target);

for (let step = 0; step < 5; step++) {
  const g = gradient(weights, target);
  weights.isub(g.mul(lr)); // expect: no-alias-mutation
  bestLoss = Math.min(bestLoss, evaluate(weights, target));
}
console.log("best loss:", bestLoss.toFixed(4));
console.log("started from:", start.tolist(), "distance travelled:", Math.sqrt(evaluate(weights, start)).toFixed(4));

weights = weights.copy();
weights.fill(0);
console.log("reset weights:", weights.tolist(), "start:", start.tolist());
