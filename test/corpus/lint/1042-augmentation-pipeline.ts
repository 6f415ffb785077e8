// An image augmentation pipeline: in-place transforms chained on a copy of each sample, with accessor-guarded sample pixels.
import { array, NDArray } from "ndalias";

abstract class Transform {
  abstract readonly name: string;
  // Transforms edit the image they are given; callers pass a buffer they own.
  abstract apply(img: NDArray): void;
}

class HorizontalFlip extends Transform {
  readonly name = "hflip";
  apply(img: NDArray): void {
    const mirrored = img.flip(1).copy();
    img.assign(":", mirrored);
  }
}

class Brightness extends Transform {
  readonly name: string;
  constructor(private readonly delta: number) {
    super();
    this.name = `brightness(${delta})`;
  }
  apply(img: NDArray): void {
    img.iadd(this.delta);
  }
}

class Clamp extends Transform {
  readonly name = "clamp";
  constructor(
    private readonly lo = 0,
    private readonly hi = 255,
  ) {
    super();
  }
  apply(img: NDArray): void {
    for (let i = 0; i < img.size; i++) {
      const v = img.data[i] as number;
      img.data[i] = Math.min(this.hi, Math.max(this.lo, v));
    }
  }
}

class Cutout extends Transform {
  readonly name = "cutout";
  constructor(private readonly row: number) {
    super();
  }
  apply(img: NDArray): void {
    const band = img.slice(this.row);
    band.fill(0);
  }
}

class Pipeline {
  readonly #steps: Transform[] = [];

  then(t: Transform): this {
    this.#steps.push(t);
    return this;
  }

  run(img: NDArray): NDArray {
    const out = img.copy();
    for (const step of this.#steps) step.apply(out);
    return out;
  }

  describe(): string {
    return this.#steps.map((s) => s.name).join(" -> ");
  }
}

class Sample {
  #pixels: NDArray;

  constructor(
    pixels: NDArray,
    readonly label: number,
  ) {
    this.#pixels = pixels.copy();
  }

  get pixels(): NDArray {
    return this.#pixels.copy();
  }

  set pixels(value: NDArray) {
    this.#pixels = value.copy();
  }

  get meanIntensity(): number {
    return this.#pixels.mean();
  }
}

const dataset = [
  new Sample(array([[10, 200, 30], [40, 50, 250], [70, 80, 90]]), 0),
  new Sample(array([[5, 5, 5], [100, 150, 200], [255, 0, 128]]), 1),
];
const pipeline = new Pipeline().then(new HorizontalFlip()).then(new Brightness(20)).then(new Cutout(2)).then(new Clamp());
console.log("pipeline:", pipeline.describe());

for (const sample of dataset) {
  const augmented = pipeline.run(sample.pixels);
  console.log(`label ${sample.label}:`, augmented.tolist(), "original mean", sample.meanIntensity.toFixed(1));
}

const first = dataset[0];
const preview = first.pixels;
preview.imul(2);
console.log("brightened preview sum:", preview.sum(), "stored sample sum:", first.pixels.sum());

const replacement = array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
replacement.imul(10);
first.pixels = replacement;
console.log("replacement:", replacement.sum(), "sample now:", first.pixels.tolist());

const batch = dataset.map((s) => s.pixels);
batch.forEach((img) => new Brightness(-5).apply(img));
console.log("darkened batch means:", batch.map((img) => img.mean().toFixed(2)).join(", "));
