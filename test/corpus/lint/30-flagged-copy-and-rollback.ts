// Gamma-corrects a photo in place or into a copy depending on a flag, then takes a gradient step with a rollback backup.
import { array, NDArray } from "ndalias";

const photo = array([[0.1, 0.5], [0.9, 0.25]]);
const inPlace = process.argv.includes("--in-place");
let corrected: NDArray;
if (inPlace) {
  corrected = photo;
} else {
  corrected = photo.copy();
}
for (let i = 0; i < corrected.size; i++) {
  corrected.data[i] = Math.pow(corrected.data[i] as number, 1 / 2.2); // expect: no-alias-mutation
}
console.log("corrected:", corrected.tolist());
console.log("original:", photo.tolist());

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
