// Augments a tiny grayscale dataset (flip, brightness jitter, cut-out) and hands every variant to a consumer callback.
import { array, NDArray } from "ndalias";

type Consumer = (sample: NDArray, tag: string) => void;

export function augment(img: NDArray, seed: number, emit: Consumer): void {
  const flipped = img.flip(1).copy();
  flipped.isub(flipped.min());
  emit(flipped, "flip");

  const brighter = img.mul(1 + 0.1 * (seed % 3));
  for (let i = 0; i < brighter.size; i++) {
    if ((brighter.data[i] as number) > 255) brighter.data[i] = 255;
  }
  emit(brighter, "bright");

  const cutout = img.copy();
  cutout.slice("0:2", "0:2").fill(0);
  emit(cutout, "cutout");
}

class Batch {
  samples: NDArray[] = [];
  tags: string[] = [];
  mean: NDArray | null = null;
  spread: NDArray | null = null;
}

export function buildBatch(images: NDArray[]): Batch {
  const batch = new Batch();
  const consumer: Consumer = (s, tag) => {
    batch.samples.push(s);
    batch.tags.push(tag);
  };
  images.forEach((img, k) => augment(img, k, consumer));

  const mean = batch.samples[0].copy();
  for (let i = 1; i < batch.samples.length; i++) {
    mean.iadd(batch.samples[i]);
  }
  mean.idiv(batch.samples.length);
  batch.mean = mean;

  const spread = batch.samples[0].sub(mean);
  spread.imul(spread);
  for (let i = 1; i < batch.samples.length; i++) {
    const d = batch.samples[i].sub(mean);
    d.imul(d);
    spread.iadd(d);
  }
  batch.spread = spread;
  return batch;
}

export function histogram(batch: Batch, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const s of batch.samples) {
    const scaled = s.astype("float64");
    scaled.imul(bins / 256);
    for (let i = 0; i < scaled.size; i++) {
      counts[Math.min(bins - 1, Math.floor(scaled.data[i] as number))]++;
    }
  }
  return counts;
}

const images = [
  array([
    [10, 200, 30],
    [40, 250, 60],
    [70, 80, 240],
  ]),
  array([
    [0, 20, 40],
    [60, 80, 100],
    [120, 140, 160],
  ]),
];

const result = buildBatch(images);
console.log("variants:", result.tags.join(", "));
console.log("histogram:", histogram(result, 4).join(" "));

const preview = result.mean!.copy();
preview.imul(100 / 255);
console.log("mean image (% of white):", JSON.stringify(preview.tolist()));

const logged: string[] = [];
augment(images[1], 7, (sample, tag) => {
  const normed = sample.astype("float32");
  normed.idiv(255);
  logged.push(`${tag}: ${normed.max().toFixed(2)}`);
});
console.log(logged.join(" | "));
console.log("spread total:", result.spread!.sum().toFixed(1), "originals:", JSON.stringify(images[0].tolist()));
