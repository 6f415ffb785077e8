// Prepares mini-batches for training: clears the padding sample, centres each batch and reports per-batch spread and scale.
import { array, NDArray } from "ndalias";

const PAD = 9.9;

function clipOutliers(batch: NDArray, limit: number): void {
  for (let i = 0; i < batch.size; i++) {
    const v = batch.get(i);
    if (v !== PAD && Math.abs(v) > limit) batch.set(i, Math.sign(v) * limit);
  }
}

function standardised(batch: NDArray): NDArray {
  const z = batch.sub(batch.mean());
  const sd = Math.sqrt(z.mul(z).mean());
  if (sd > 0) z.idiv(sd);
  return z;
}

const batches: NDArray[] = [
  array([0.4, 1.1, 0.9, PAD]),
  array([2.0, 1.6, 2.4, PAD]),
  array([0.1, 0.3, -4.2, PAD]),
];

batches.forEach((b) => clipOutliers(b, 3));
batches.forEach((b) => b.set(b.size - 1, 0));

const scales = batches.map((b) => b.slice(":-1").max());
const normalised = batches.map((b, i) => b.div(scales[i]));
const zScores = batches.map(standardised);

const centered = batches.map((b) => b.isub(b.mean())); // expect: no-alias-mutation

const spreads = batches.map((b) => b.max() - b.min());
console.log("scales:", scales);
console.log("normalised:", normalised.map((b) => b.tolist()));
console.log("z-scores:", zScores.map((b) => b.tolist()));
console.log("centred:", centered.map((b) => b.tolist()));
console.log("spreads:", spreads);
