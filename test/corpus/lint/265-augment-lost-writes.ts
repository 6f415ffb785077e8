// Augmentation pipeline for a tiny image batch: random horizontal flips, pixel dropout, uint8-to-float scaling and label smoothing.
// runnable
import { array, NDArray } from "ndalias";

abstract class Augmentation {
  constructor(protected readonly seed: number) {}

  protected coin(i: number): boolean {
    return ((this.seed * 9301 + i * 49297) % 233280) / 233280 < 0.5;
  }

  abstract apply(batch: NDArray): NDArray;
}

class HorizontalFlip extends Augmentation {
  apply(batch: NDArray): NDArray {
    const out = batch.copy();
    for (let i = 0; i < batch.shape[0]; i++) {
      if (this.coin(i)) out.slice(i).assign(":", batch.slice(i).flip(1));
    }
    return out;
  }
}

class PixelDropout extends Augmentation {
  constructor(seed: number, private readonly every: number) {
    super(seed);
  }

  apply(batch: NDArray): NDArray {
    const pixels = batch.flatten();
    for (let i = this.seed % this.every; i < pixels.size; i += this.every) {
      pixels.set(i, 0); // expect: no-lost-write
    }
    return batch;
  }
}

class Compose extends Augmentation {
  constructor(private readonly steps: Augmentation[]) {
    super(0);
  }

  apply(batch: NDArray): NDArray {
    let current = batch;
    for (const step of this.steps) current = step.apply(current);
    return current;
  }
}

function smoothLabels(onehot: NDArray, eps: number): NDArray {
  const k = onehot.shape[1];
  const smoothed = onehot.mul(1 - eps);
  smoothed.iadd(eps / k);
  return smoothed;
}

const images = array(
  [
    [[0, 128, 255], [64, 32, 16]],
    [[255, 255, 0], [10, 20, 30]],
  ],
  "uint8",
);
const labels = array([[1, 0, 0], [0, 0, 1]]);

images.astype("float32").idiv(255); // expect: no-lost-write

const pipeline = new Compose([new HorizontalFlip(3), new PixelDropout(5, 4)]);
const augmented = pipeline.apply(images);
const targets = smoothLabels(labels, 0.1);

console.log("augmented batch:", augmented.tolist());
console.log("pixel mean:", augmented.mean(), "targets:", targets.tolist());
