// Augments a list of training images in place with void helpers, forEach callbacks and an event handler, then prints batch statistics.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

// flips an image left to right, in place (the caller wants its image changed)
function flipInPlace(img: NDArray): void {
  const flipped = img.flip(1).copy();
  img.assign(":", flipped);
}

// adds a constant brightness and clamps to 0..255, in place
function brighten(img: NDArray, amount: number): void {
  img.iadd(amount);
  for (let i = 0; i < img.data.length; i++) {
    const v = img.data[i] as number;
    if (v > 255) img.data[i] = 255;
    if (v < 0) img.data[i] = 0;
  }
}

// blacks out the border pixels of an image, in place
function maskBorder(img: NDArray): void {
  const top = img.slice(0);
  const bottom = img.slice(-1);
  top.fill(0);
  bottom.fill(0);
}

// average pixel value over a whole batch (read only)
function batchMean(batch: NDArray[]): number {
  let total = 0;
  for (const img of batch) {
    total += img.mean();
  }
  return total / batch.length;
}

// three tiny 3x3 "images", each its own array
const batch: NDArray[] = [
  array([[10, 20, 30], [40, 50, 60], [70, 80, 90]]),
  array([[200, 210, 220], [230, 240, 250], [5, 15, 25]]),
  array([[0, 128, 255], [255, 128, 0], [64, 64, 64]]),
];
console.log("mean before augmentation:", batchMean(batch).toFixed(2));

// 1) flip every second image
for (let k = 0; k < batch.length; k += 2) {
  flipInPlace(batch[k]);
}

// 2) brighten every image a little, the callback writes its argument on purpose
batch.forEach((img) => {
  brighten(img, 12);
});

// 3) contrast stretch each image around 128, again through a forEach callback
batch.forEach((img) => {
  img.isub(128);
  img.imul(1.1);
  img.iadd(128);
});

// 4) the loader emits "loaded" events, the handler masks the border of the image it gets
const loader = new EventEmitter();
loader.on("loaded", (img: NDArray) => {
  maskBorder(img);
});
for (const img of batch) {
  loader.emit("loaded", img);
}

console.log("mean after augmentation:", batchMean(batch).toFixed(2));
batch.forEach((img, idx) => {
  console.log(`image ${idx}:`, img.tolist());
});
