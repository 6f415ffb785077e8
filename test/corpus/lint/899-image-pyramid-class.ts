// Image pyramid with a running exposure histogram: levels own their pixels, link downward only, and update their fields in place.
import { array, zeros, NDArray } from "ndalias";

const BINS = 5;
const EXPOSURE_HISTOGRAM = zeros(BINS, "int32");

function recordExposure(img: NDArray): number {
  const values = img.flatten().tolist() as number[];
  for (const v of values) {
    const b = Math.min(BINS - 1, Math.max(0, Math.floor(v * BINS)));
    EXPOSURE_HISTOGRAM.set(b, EXPOSURE_HISTOGRAM.get(b) + 1);
  }
  return values.length;
}

function resetExposure(): number {
  const total = EXPOSURE_HISTOGRAM.sum();
  EXPOSURE_HISTOGRAM.fill(0);
  return total;
}

function downsample2(img: NDArray): NDArray {
  const [h, w] = img.shape;
  const out = zeros([Math.floor(h / 2), Math.floor(w / 2)]);
  out.iadd(img.slice("0::2, 0::2").slice(`:${out.shape[0]}, :${out.shape[1]}`));
  out.iadd(img.slice("1::2, 1::2").slice(`:${out.shape[0]}, :${out.shape[1]}`));
  out.idiv(2);
  return out;
}

class Level {
  pixels: NDArray;
  gain = 1;
  coarser: Level | null = null;

  constructor(readonly depth: number, pixels: NDArray) {
    this.pixels = pixels.copy();
  }

  applyGain(k: number): number {
    this.pixels.imul(k);
    this.gain *= k;
    return this.pixels.mean();
  }

  normalize(): number {
    const peak = this.pixels.max();
    this.pixels.idiv(Math.max(peak, 1e-9));
    return peak;
  }

  replacePixels(next: NDArray): void {
    this.pixels = next.copy();
  }

  describe(): string {
    return `level ${this.depth}: ${this.pixels.shape.join("x")} mean=${this.pixels.mean().toFixed(3)} gain=${this.gain.toFixed(2)}`;
  }
}

class Pyramid {
  readonly top: Level;
  constructor(base: NDArray, levels: number) {
    this.top = new Level(0, base);
    let current = this.top;
    for (let d = 1; d < levels; d++) {
      const next = new Level(d, downsample2(current.pixels));
      current.coarser = next;
      current = next;
    }
  }

  *levels(): Generator<Level> {
    for (let l: Level | null = this.top; l !== null; l = l.coarser) yield l;
  }

  equalize(): number[] {
    const peaks: number[] = [];
    for (const level of this.levels()) peaks.push(level.normalize());
    return peaks;
  }
}

const photo = array([
  [0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80],
  [0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85],
  [0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90],
  [0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40],
]);

const pyramid = new Pyramid(photo, 3);
for (const level of pyramid.levels()) console.log(level.describe());

console.log("counted pixels:", recordExposure(photo));
console.log("histogram:", EXPOSURE_HISTOGRAM.tolist());
console.log("peaks:", pyramid.equalize().map((p) => p.toFixed(2)).join(", "));
console.log("top mean after gain:", pyramid.top.applyGain(0.5).toFixed(3));
pyramid.top.replacePixels(photo);
for (const level of pyramid.levels()) console.log(level.describe());
console.log("histogram total before reset:", resetExposure(), "after:", EXPOSURE_HISTOGRAM.sum());
console.log("photo untouched:", photo.slice(0).tolist());
