// Applies an inverted-dropout mask to hidden activations with a generic in-place helper that documents its write.
import { array, NDArray } from "ndalias";

/**
 * Zeroes the entries of `h` where `mask` is 0 and rescales the kept ones; returns `h`.
 * @ndalias write h
 */
function applyDropout<T extends NDArray>(h: T, mask: NDArray, keep: number): T {
  h.imul(mask);
  h.idiv(keep);
  return h;
}

const hidden = array([0.3, 1.2, -0.4, 0.8, 0.5]);
const mask = array([1, 0, 1, 1, 0]);
applyDropout(hidden, mask, 0.6);
console.log("hidden after dropout:", hidden.tolist(), "active:", mask.sum());
