// Augments a batch of image/mask samples in place through void helpers, forEach callbacks and event listeners, then prints statistics.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Sample {
  id: string;
  image: NDArray;
  mask: NDArray;
  meta: { flipped: boolean; brightness: number };
}

interface Batch {
  items: Sample[];
  stats: { sum: NDArray; count: number };
}

function makeSample(id: string, pixels: number[][], maskRows: number[][]): Sample {
  return { id, image: array(pixels), mask: array(maskRows, "uint8"), meta: { flipped: false, brightness: 0 } };
}

function flipHorizontal(sample: Sample): void {
  const image = sample.image.flip(1).copy();
  const mask = sample.mask.flip(1).copy();
  sample.image.assign(":", image);
  sample.mask.assign(":", mask);
  sample.meta.flipped = !sample.meta.flipped;
}

function adjustBrightness(sample: Sample, delta: number): void {
  sample.image.iadd(delta);
  sample.meta.brightness += delta;
}

function clearMaskBorder(sample: Sample): void {
  const top = sample.mask.slice(0);
  const bottom = sample.mask.slice(-1);
  top.fill(0);
  bottom.fill(0);
}

function clampPixels(sample: Sample, lo: number, hi: number): void {
  for (let i = 0; i < sample.image.size; i++) {
    sample.image.data[i] = Math.min(hi, Math.max(lo, sample.image.data[i] as number));
  }
}

function accumulate(batch: Batch, sample: Sample): void {
  for (let r = 0; r < sample.image.shape[0]; r++) {
    batch.stats.sum.set(r, batch.stats.sum.get(r) + sample.image.slice(r).sum());
  }
  batch.stats.count += 1;
}

const batch: Batch = {
  items: [
    makeSample("a", [[10, 200, 30], [40, 50, 255], [0, 90, 120]], [[1, 1, 0], [0, 1, 0], [1, 0, 1]]),
    makeSample("b", [[255, 0, 0], [128, 128, 128], [60, 70, 80]], [[0, 0, 1], [1, 1, 1], [0, 1, 0]]),
  ],
  stats: { sum: zeros(3), count: 0 },
};

const events = new EventEmitter();
events.on("loaded", (s: Sample) => s.image.idiv(255));
events.on("loaded", (s: Sample) => clearMaskBorder(s));

for (const s of batch.items) {
  events.emit("loaded", s);
}

flipHorizontal(batch.items[0]);
adjustBrightness(batch.items[1], -0.1);
batch.items.forEach((s) => clampPixels(s, 0, 1));
batch.items.forEach((s) => s.image.imul(2));
batch.items.forEach((s) => accumulate(batch, s));

for (const s of batch.items) {
  console.log(
    `${s.id}: flipped=${s.meta.flipped} brightness=${s.meta.brightness}`,
    "image",
    s.image.tolist(),
    "mask",
    s.mask.tolist(),
  );
}

console.log("row sums over the batch:", batch.stats.sum.tolist(), "samples:", batch.stats.count);
console.log("mean row sum:", batch.stats.sum.div(batch.stats.count).tolist());
