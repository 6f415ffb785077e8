// Takes a gradient step on model weights, keeping a backup to restore if the loss diverges, and prints the result.
import { array, NDArray } from "ndalias";

function loss(w: NDArray): number {
  return w.mul(w).sum();
}

const weights = array([0.5, -1.2, 2.0]);
const grad = array([1e308, 0.4, -0.2]);
const backup = weights;
try {
  weights.isub(grad.mul(10)); // expect: no-alias-mutation
  if (!Number.isFinite(loss(weights))) throw new Error("diverged");
} catch (err) {
  console.log("rolling back:", (err as Error).message);
  weights.assign(":", backup);
}
console.log("weights:", weights.tolist());
