// Notebook port: data augmentation for a batch of tiny 3x3 "images" — in-place helpers, forEach callbacks and a running-mean tracker.
import { array, zeros, NDArray } from "ndalias";

// %% [utils] in-place augmentation helpers: they return nothing and write their argument on purpose
function addJitter(img: NDArray, amount: number): void {
  for (let i = 0; i < img.shape[0]; i++) {
    for (let j = 0; j < img.shape[1]; j++) {
      img.set([i, j], img.get(i, j) + amount * (((i + j) % 3) - 1));
    }
  }
}

function normaliseInPlace(img: NDArray): void {
  const lo = img.min();
  const hi = img.max();
  img.isub(lo);
  img.idiv(hi - lo || 1);
}

function zeroBorder(img: NDArray): void {
  const left = img.slice(":", 0);
  const right = img.slice(":", -1);
  left.fill(0);
  right.fill(0);
}

function mirrorRows(img: NDArray): void {
  const top = img.slice(0).copy();
  img.slice(0).assign(":", img.slice(-1));
  img.slice(-1).assign(":", top);
}

// %% [utils] a tracker that updates its own field in place
class RunningMean {
  mean: NDArray;
  count = 0;
  constructor(shape: number[]) {
    this.mean = zeros(shape);
  }
  update(x: NDArray): number {
    this.count++;
    this.mean.iadd(x.sub(this.mean).div(this.count));
    return this.count;
  }
}

// %% [1] the batch
const batch = [
  array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
  array([[9, 9, 9], [0, 0, 0], [5, 5, 5]]),
  array([[2, 4, 2], [4, 8, 4], [2, 4, 2]]),
];
console.log("raw batch means:", batch.map((b) => b.mean().toFixed(2)));

// %% [2] augment each image in place
batch.forEach((img) => addJitter(img, 0.5));
batch.forEach((img) => {
  normaliseInPlace(img);
});
zeroBorder(batch[0]);
mirrorRows(batch[2]);
batch.forEach((img, k) => img.imul(k + 1));
for (const img of batch) console.log("augmented:", img.tolist());

// %% [3] running mean over the augmented batch
const tracker = new RunningMean([3, 3]);
for (const img of batch) tracker.update(img);
console.log("running mean after", tracker.count, "images:", tracker.mean.tolist());

// %% [4] brightness variants: map() callbacks that write into fresh copies and return them
const brighter = batch.map((img) => img.copy().iadd(0.25));
const darker = batch.map((img) => {
  const d = img.copy();
  d.imul(0.5);
  return d;
});
console.log("brighter means:", brighter.map((b) => b.mean().toFixed(3)));
console.log("darker means:", darker.map((d) => d.mean().toFixed(3)));

// %% [5] an event-handler style hook that clears a buffer it is given
type Hook = (buf: NDArray) => void;
const onEpochEnd: Hook = (buf) => buf.fill(0);
const gradAccum = zeros([3, 3]);
for (const img of batch) gradAccum.iadd(img.mul(0.1));
console.log("accumulated gradient sum:", gradAccum.sum().toFixed(3));
onEpochEnd(gradAccum);
console.log("after the epoch hook:", gradAccum.sum());

// %% [6] per-pixel variance across the batch, into a fresh array
const variance = zeros([3, 3]);
for (const img of batch) {
  const d = img.sub(tracker.mean);
  variance.iadd(d.mul(d));
}
variance.idiv(batch.length);
console.log("pixel variance:", variance.tolist());

// %% [7] stack the batch into one tensor for export
const stacked = zeros([batch.length, 3, 3]);
batch.forEach((img, k) => {
  stacked.slice(k).assign(":", img);
});
console.log("stacked total:", stacked.sum().toFixed(3), "shape:", stacked.shape);
