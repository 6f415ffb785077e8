// Builds a Gaussian-style image pyramid as a doubly linked list of levels, normalises one level and reports Laplacian band energies.
import { zeros, NDArray } from "ndalias";

class Level {
  pixels: NDArray;
  coarser: Level | null = null;
  finer: Level | null = null;

  constructor(pixels: NDArray, readonly scale: number) {
    this.pixels = pixels;
  }

  describe(): string {
    const [h, w] = this.pixels.shape;
    return `scale 1/${this.scale}: ${h}x${w}, mean ${this.pixels.mean().toFixed(2)}, max ${this.pixels.max().toFixed(2)}`;
  }

  // Rescales the level to unit peak and returns the peak that was divided out.
  normalise(): number {
    const peak = this.pixels.max();
    const flat = this.pixels.ravel();
    flat.idiv(peak); // expect: no-view-mutation
    return peak;
  }
}

// 2x2 box average into a new array.
function downsample(img: NDArray): NDArray {
  const h = Math.floor(img.shape[0] / 2);
  const w = Math.floor(img.shape[1] / 2);
  const out = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const s = img.get(2 * y, 2 * x) + img.get(2 * y + 1, 2 * x) + img.get(2 * y, 2 * x + 1) + img.get(2 * y + 1, 2 * x + 1);
      out.set([y, x], s / 4);
    }
  }
  return out;
}

// Nearest-neighbour upsampling into a new array of the given shape.
function upsample(img: NDArray, h: number, w: number): NDArray {
  const out = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      out.set([y, x], img.get(Math.floor(y / 2), Math.floor(x / 2)));
    }
  }
  return out;
}

function buildPyramid(base: NDArray, levels: number): Level {
  const root = new Level(base.copy(), 1);
  let current = root;
  for (let i = 1; i < levels; i++) {
    const next = new Level(downsample(current.pixels), 2 ** i);
    current.coarser = next;
    next.finer = current; // expect: no-reference-cycle
    current = next;
  }
  return root;
}

function blobImage(size: number): NDArray {
  const img = zeros([size, size]);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r2 = (y - c) ** 2 + (x - c) ** 2;
      img.set([y, x], 100 * Math.exp(-r2 / 6) + 2 * x);
    }
  }
  return img;
}

const image = blobImage(8);
const pyramid = buildPyramid(image, 3);

for (let lvl: Level | null = pyramid; lvl !== null; lvl = lvl.coarser) {
  console.log(lvl.describe());
}

// Laplacian bands: detail lost between consecutive levels.
for (let lvl: Level | null = pyramid; lvl !== null && lvl.coarser !== null; lvl = lvl.coarser) {
  const [h, w] = lvl.pixels.shape;
  const predicted = upsample(lvl.coarser.pixels, h, w);
  const band = lvl.pixels.sub(predicted);
  band.imul(band);
  console.log(`band energy at scale 1/${lvl.scale}:`, band.mean().toFixed(3));
}

// Decimation without averaging, for comparison: a strided view, only read.
const decimated = image.slice("::2, ::2");
console.log("decimated mean:", decimated.mean().toFixed(2), "vs averaged:", downsample(image).mean().toFixed(2));

const middle = pyramid.coarser;
if (middle !== null) {
  const removedPeak = middle.normalise();
  console.log("middle level peak removed:", removedPeak.toFixed(2));
  console.log(middle.describe());
}
