// Clips gradients to a maximum norm in place before an optimiser step and reports the norm before clipping.
import { array, NDArray } from "ndalias";

/**
 * Rescales `grad` in place so its norm is at most `maxNorm`; returns the norm before clipping.
 * @ndalias write grad
 */
function clipGradNorm(grad: NDArray, maxNorm: number): number {
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm <= maxNorm) {
    return norm;
  }
  grad.imul(maxNorm / norm);
  return norm;
}

const weights = array([1.0, -2.0, 0.5]);
const grad = array([3.0, 4.0, 0.0]);
const before = clipGradNorm(grad, 1.0);
weights.isub(grad.mul(0.1));
console.log("norm before clipping:", before, "weights:", weights.tolist());
