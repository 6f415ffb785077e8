// Builds a quadtree-like region hierarchy where each child knows its parent, and sums the pixels of every region.
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
