// Generates augmented copies of a training sample (flipped, noisy, scaled) and reports the mean of each copy.
import { array, NDArray } from "ndalias";

function augment(sample: NDArray): NDArray[] {
  const out: NDArray[] = [];
  const flipped = sample.flip().copy();
  flipped.imul(-1);
  out.push(flipped);
  const noisy = sample.add(0.05);
  noisy.set(0, 0);
  out.push(noisy);
  const scaled = sample.mul(1.5);
  scaled.isub(scaled.mean());
  out.push(scaled);
  return out;
}

const sample = array([0.2, 0.8, 0.5, 0.1]);
const copies = augment(sample);
copies.forEach((c, i) => console.log(`copy ${i} mean:`, c.mean()));
console.log("sample:", sample.tolist());
