// Converts a grayscale image to a float working copy, brightens a cropped copy and applies gamma to a rebound buffer, then prints them next to the original.
import { array, NDArray } from "ndalias";

class ImageStats {
  constructor(readonly pixels: NDArray) {}
  get mean(): number {
    return this.pixels.mean();
  }
  contrast(): number {
    return this.pixels.max() - this.pixels.min();
  }
}

function toUnit(img: NDArray): NDArray {
  const work = img.astype("float64");
  work.idiv(255);
  return work;
}

function cropCopy(img: NDArray, r0: number, r1: number): NDArray {
  const crop = img.slice(`${r0}:${r1}`).copy();
  crop.iadd(10);
  return crop;
}

const raw = array([[12, 40, 200], [90, 130, 245], [0, 60, 180]], "int32");
const unit = toUnit(raw);
const crop = cropCopy(raw, 0, 2);
let gamma = unit;
gamma = gamma.mul(gamma);
gamma.imul(0.9);
const flat = raw.flatten();
flat.sort();
const stats = new ImageStats(raw);
console.log("unit:", unit.tolist());
console.log("brightened crop:", crop.tolist(), "gamma:", gamma.tolist());
console.log("median pixel:", flat.get(Math.floor(flat.size / 2)));
console.log("raw mean:", stats.mean, "contrast:", stats.contrast());
