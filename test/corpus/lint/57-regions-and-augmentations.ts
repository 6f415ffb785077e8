// Builds a region hierarchy of image views that know their parent, and generates augmented copies of a training sample.
import { array, NDArray } from "ndalias";

class Region {
  parent: Region | null;
  readonly pixels: NDArray;
  constructor(pixels: NDArray, parent: Region | null) {
    this.pixels = pixels;
    this.parent = parent;
  }
  depth(): number {
    let d = 0;
    for (let r = this.parent; r; r = r.parent) d++;
    return d;
  }
}

const image = array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]);
const root = new Region(image, null);
const quadrants = ["0:2, 0:2", "0:2, 2:4", "2:4, 0:2", "2:4, 2:4"].map((s) => new Region(image.slice(s), root));
for (const q of quadrants) console.log(`depth ${q.depth()}: sum ${q.pixels.sum()}`);
console.log("root sum:", root.pixels.sum());

function augment(sample: NDArray): NDArray[] {
  const out: NDArray[] = [];
  const flipped = sample.flip().copy();
  flipped.imul(-1);
  out.push(flipped);
  const noisy = sample.add(0.05);
  noisy.set(0, 0);
  out.push(noisy);
  const scaled = sample.mul(1.5);
  scaled.isub(scaled.mean());
  out.push(scaled);
  return out;
}

const sample = array([0.2, 0.8, 0.5, 0.1]);
const copies = augment(sample);
copies.forEach((c, i) => console.log(`copy ${i} mean:`, c.mean()));
console.log("sample:", sample.tolist());
