// Augments a batch of tiny 8-bit images (flips, brightness jitter, cut-out), normalises it and prints batch statistics.
// runnable
import { array, zeros, NDArray } from "ndalias";

const SIZE = 4;

function pseudoRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Horizontally mirrored copy of one image. */
function mirrored(img: NDArray): NDArray {
  return img.flip(1).copy();
}

/** Copy of an image with its brightness scaled and clipped to the 8-bit range. */
function jittered(img: NDArray, factor: number): NDArray {
  const out = img.mul(factor);
  for (let i = 0; i < out.size; i++) {
    if ((out.data[i] as number) > 255) out.data[i] = 255;
  }
  return out;
}

/** Blacks out a square patch of the image, in place. */
function cutOut(img: NDArray, row: number, col: number, size: number): void {
  img.slice(`${row}:${row + size}`, `${col}:${col + size}`).fill(0);
}

function channelStats(batch: NDArray): { mean: number; std: number } {
  const mean = batch.mean();
  const centred = batch.sub(mean);
  return { mean, std: Math.sqrt(centred.mul(centred).mean()) };
}

const batch = array(
  [
    [
      [12, 40, 200, 250],
      [30, 80, 190, 240],
      [25, 60, 170, 220],
      [10, 20, 150, 210],
    ],
    [
      [255, 230, 90, 15],
      [240, 220, 80, 10],
      [235, 200, 70, 5],
      [220, 180, 60, 0],
    ],
  ],
  "float32",
);
const rand = pseudoRandom(7);
const count = batch.shape[0];

// Statistics of the raw batch, taken first.
const rawStats = channelStats(batch);
const firstImage = batch.slice(0);
console.log("first raw image row sums:", [0, 1, 2, 3].map((r) => firstImage.slice(r).sum()));

// Augmented copies are collected in a fresh batch that is twice as large.
const augmented = zeros([count * 2, SIZE, SIZE], "float32");
for (let k = 0; k < count; k++) {
  const img = batch.slice(k);
  augmented.slice(2 * k).assign(":", jittered(img, 0.8 + 0.4 * rand()));
  const flipped = mirrored(img);
  cutOut(flipped, Math.floor(rand() * 2), Math.floor(rand() * 2), 2);
  augmented.slice(2 * k + 1).assign(":", flipped);
}

// Normalise the training batch to [0, 1] before computing its statistics.
const normalised = batch.astype("float64");
normalised.idiv(255); // expect: no-lost-write

const scaledAugmented = augmented.astype("float64");
scaledAugmented.idiv(255);

const trainStats = channelStats(batch);
const augStats = channelStats(scaledAugmented);
const perImageMean = zeros(count * 2);
for (let k = 0; k < count * 2; k++) {
  perImageMean.set(k, scaledAugmented.slice(k).mean());
}

console.log("raw mean/std:", rawStats.mean.toFixed(2), rawStats.std.toFixed(2));
console.log("training mean/std:", trainStats.mean.toFixed(3), trainStats.std.toFixed(3));
console.log("augmented mean/std:", augStats.mean.toFixed(3), augStats.std.toFixed(3));
console.log("per-image means:", (perImageMean.tolist() as number[]).map((v) => v.toFixed(3)));
console.log("first augmented image:", augmented.slice(0).tolist());
