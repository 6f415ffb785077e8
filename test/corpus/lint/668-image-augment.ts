// Image augmentation for a training set: normalises grey-scale images, produces flipped, cropped and brightened variants, and keeps the originals intact.
import { array, NDArray } from "ndalias";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function err<T>(error: string): Result<T> {
  return { ok: false, error };
}

function unwrapOr<T>(result: Result<T>, fallback: T): T {
  return result.ok ? result.value : fallback;
}

class Box<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  map<U>(fn: (v: T) => U): Box<U> {
    return new Box(fn(this.value));
  }
}

interface Sample {
  id: string;
  image: NDArray;
  label: number;
}

type Augmentation = (image: NDArray) => NDArray;

function checkImage(image: NDArray): Result<NDArray> {
  if (image.ndim !== 2) return err(`image must be 2-D, got ${image.ndim}`);
  if (image.min() < 0 || image.max() > 255) return err("pixel values must be in 0..255");
  return ok(image);
}

function toUnitRange(image: NDArray): NDArray {
  const scaled = image.astype("float64");
  scaled.idiv(255);
  return scaled;
}

function flippedCopy(image: NDArray, axis: number): NDArray {
  const flipped = image.flip(axis).copy();
  flipped.imul(0.95);
  return flipped;
}

function centreCrop(image: NDArray, size: number): NDArray {
  const top = Math.floor((image.shape[0] - size) / 2);
  const left = Math.floor((image.shape[1] - size) / 2);
  return image.slice(`${top}:${top + size}`, `${left}:${left + size}`).copy();
}

function brighten(image: NDArray, amount: number): NDArray {
  const out = image.copy();
  out.iadd(amount);
  for (let i = 0; i < out.size; i++) {
    if ((out.data[i] as number) > 1) out.data[i] = 1;
  }
  return out;
}

function selectRows(image: NDArray, rows: number[]): NDArray {
  const picked = image.take(rows, 0);
  picked.isub(picked.mean());
  return picked;
}

const AUGMENTATIONS = new Map<string, Augmentation>([
  ["hflip", (img) => flippedCopy(img, 1)],
  ["vflip", (img) => flippedCopy(img, 0)],
  ["crop", (img) => centreCrop(img, 2)],
  ["bright", (img) => brighten(img, 0.2)],
]);

function augment(sample: Sample, names: string[]): Sample[] {
  const base = toUnitRange(sample.image);
  const out: Sample[] = [];
  for (const name of names) {
    const fn = AUGMENTATIONS.get(name);
    if (!fn) continue;
    out.push({ id: `${sample.id}-${name}`, image: fn(base), label: sample.label });
  }
  return out;
}

function pixelStats(image: NDArray): string {
  return `mean=${image.mean().toFixed(3)} min=${image.min().toFixed(3)} max=${image.max().toFixed(3)}`;
}

class Dataset {
  private readonly samples: Sample[] = [];

  add(sample: Sample): number {
    this.samples.push(sample);
    return this.samples.length;
  }

  byLabel(label: number): Sample[] {
    return this.samples.filter((s) => s.label === label);
  }

  totalPixels(): number {
    return this.samples.reduce((acc, s) => acc + s.image.size, 0);
  }
}

const digits: Sample[] = [
  {
    id: "d0",
    label: 0,
    image: array([
      [0, 120, 130, 0],
      [110, 0, 0, 140],
      [115, 0, 0, 135],
      [0, 125, 128, 0],
    ]),
  },
  {
    id: "d1",
    label: 1,
    image: array([
      [0, 0, 200, 0],
      [0, 180, 210, 0],
      [0, 0, 205, 0],
      [0, 90, 220, 60],
    ]),
  },
];

const dataset = new Dataset();
for (const sample of digits) {
  const checked = unwrapOr(checkImage(sample.image), array([[0]]));
  dataset.add({ ...sample, image: toUnitRange(checked) });
  for (const variant of augment(sample, ["hflip", "crop", "bright", "unknown"])) {
    dataset.add(variant);
    console.log(variant.id, pixelStats(variant.image));
  }
}

// Keep a pristine copy of the first digit before the contrast stretch.
const first = digits[0].image;
const pristine = first.copy();
const lo = first.min();
const hi = first.max();
first.isub(lo);
first.imul(255 / (hi - lo));
console.log("stretched:", pixelStats(first), "pristine:", pixelStats(pristine));

const rowsOfInterest = selectRows(digits[1].image, [1, 3]);
console.log("centred rows:", rowsOfInterest.tolist());

const boxed = new Box(digits[1].image).map((img) => img.copy());
const inverted = boxed.get();
inverted.imul(-1);
inverted.iadd(255);
console.log("inverted digit 1:", pixelStats(inverted), "original:", pixelStats(digits[1].image));

console.log("dataset size:", dataset.totalPixels(), "pixels;", dataset.byLabel(1).length, "samples of label 1");
