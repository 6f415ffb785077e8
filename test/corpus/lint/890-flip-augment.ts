// Training-crop augmentation: mirrored pairs, brightness/contrast jitter and a before/after report for a small grayscale sample.
import { array, zeros, NDArray } from "ndalias";

function makeSample(seed: number): NDArray {
  const sample = zeros([4, 5]);
  let state = seed;
  for (let y = 0; y < 4; y++) {
    for (let x = 0; x < 5; x++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      sample.set([y, x], (state % 1000) / 1000);
    }
  }
  return sample;
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

function horizontalFlip(img: NDArray): NDArray {
  return img.flip(1).copy();
}

function verticalFlipView(img: NDArray): NDArray {
  return img.flip(0);
}

/** Returns the sample and a slightly brighter mirror image of it, as a training pair. */
function mirroredPair(seed: number, lift: number): [NDArray, NDArray] {
  const sample = makeSample(seed);
  const mirrored = sample.flip(1);
  mirrored.iadd(lift); // expect: no-view-mutation
  return [sample, mirrored];
}

/** Correct variant: the mirror image gets its own memory before it is edited. */
function mirroredPairSafe(seed: number, lift: number): [NDArray, NDArray] {
  const sample = makeSample(seed);
  const mirrored = horizontalFlip(sample);
  mirrored.iadd(lift);
  return [sample, mirrored];
}

function jitterBrightness(img: NDArray, delta: number): NDArray {
  const out = img.add(delta);
  out.imul(0.98);
  return out;
}

// --- training pairs ------------------------------------------------------------
const [a, aMirror] = mirroredPair(7, 0.1);
console.log("pair A mean:", a.mean().toFixed(3), aMirror.mean().toFixed(3));
const [b, bMirror] = mirroredPairSafe(7, 0.1);
console.log("pair B mean:", b.mean().toFixed(3), bMirror.mean().toFixed(3));

// --- contrast stretch with a before/after report ------------------------------
const batch = makeSample(11);
const untouched = batch;
const contrast = 1.25;
console.log("batch mean before:", batch.mean().toFixed(3));
batch.imul(contrast); // expect: no-alias-mutation
console.log("contrast change:", maxAbsDiff(batch, untouched).toFixed(3));

// --- upside-down preview: read-only use of a view --------------------------------
const upsideDown = verticalFlipView(makeSample(3));
console.log("upside-down first row:", upsideDown.slice(0).tolist());

// --- jittered copies for the dataset, fresh memory each time ---------------------
const dataset: NDArray[] = [];
for (let k = 0; k < 3; k++) {
  const jittered = jitterBrightness(batch, 0.05 * k);
  dataset.push(jittered);
}
console.log("dataset means:", dataset.map((d) => d.mean().toFixed(3)).join(", "));

const stacked = zeros([dataset.length, 4, 5]);
dataset.forEach((d, i) => {
  stacked.assign(String(i), d);
});
const reference = array([[0, 1], [1, 0]]);
console.log("stack total:", stacked.sum().toFixed(3), "reference:", reference.tolist());
