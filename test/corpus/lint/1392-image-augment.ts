// Augments a small grayscale image for a training batch (flip, cut-out, brightness, optional normalisation, random crop) and stacks the results.
import { array, zeros, NDArray } from "ndalias";

interface AugmentOptions {
  flip: boolean;
  cutout: [number, number] | null;
  brightness: number;
  normalise: boolean;
}

function makeRng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function augment(img: NDArray, opts: AugmentOptions): NDArray {
  let out = img.astype("float64");
  if (opts.flip) {
    out = out.flip(1).copy();
  }
  if (opts.cutout) {
    const [r, c] = opts.cutout;
    out.slice(`${r}:${r + 2}`, `${c}:${c + 2}`).fill(0);
  }
  out.iadd(opts.brightness);
  if (opts.normalise) {
    out.flatten().idiv(255); // expect: no-lost-write
  }
  return out;
}

function randomCrop(img: NDArray, size: number, rng: () => number): NDArray {
  const r0 = Math.floor(rng() * (img.shape[0] - size + 1));
  const c0 = Math.floor(rng() * (img.shape[1] - size + 1));
  const rows: number[] = [];
  const cols: number[] = [];
  for (let k = 0; k < size; k++) {
    rows.push(r0 + k);
    cols.push(c0 + k);
  }
  const crop = img.take(rows, 0).take(cols, 1);
  crop.isub(crop.mean());
  return crop;
}

function stackBatch(items: NDArray[]): NDArray {
  const [h, w] = items[0].shape;
  const stack = zeros([items.length, h, w]);
  items.forEach((item, i) => {
    stack.assign(i, item);
  });
  return stack;
}

const source = array([
  [12, 40, 41, 10],
  [38, 200, 210, 35],
  [36, 190, 220, 30],
  [11, 39, 37, 9],
]);
const focus = source.slice("1:3", "1:3");
console.log("focus contrast before augmentation:", focus.max() - focus.min());

const rng = makeRng(7);
const plans: AugmentOptions[] = [
  { flip: false, cutout: null, brightness: 0, normalise: true },
  { flip: true, cutout: [0, 0], brightness: 10, normalise: true },
  { flip: rng() > 0.5, cutout: [2, 2], brightness: -5, normalise: false },
];

const augmented = plans.map((p) => augment(source, p));
const crops = [randomCrop(source, 2, rng), randomCrop(source, 2, rng), randomCrop(source, 2, rng)];

const batch = stackBatch(augmented);
const cropBatch = stackBatch(crops);
console.log("batch shape:", batch.shape, "crop batch shape:", cropBatch.shape);
console.log("first augmented image:", batch.slice(0).tolist());

// Remove the sensor's black level from the source for the preview panel.
source.isub(source.min()); // expect: no-view-mutation

console.log("preview:", source.tolist());
console.log("focus mean:", focus.mean());
