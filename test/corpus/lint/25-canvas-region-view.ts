// A frame-buffer renderer that fills rectangles into its canvas and reports how many pixels each frame lit.
import { zeros, NDArray } from "ndalias";

type Rect = [number, number, number, number];

class Canvas {
  pixels = zeros([4, 6], "uint8");
  frames = 0;
  drawRect(r0: number, r1: number, c0: number, c1: number): number {
    const region = this.pixels.slice(`${r0}:${r1}, ${c0}:${c1}`);
    region.fill(1); // expect: no-view-mutation
    return region.sum();
  }
  render(rects: Rect[]): number {
    let lit = 0;
    try {
      for (const [r0, r1, c0, c1] of rects) {
        if (r1 <= r0) return lit;
        lit += this.drawRect(r0, r1, c0, c1);
      }
    } finally {
      this.frames++;
    }
    return this.pixels.sum();
  }
  clear(): void {
    this.pixels.fill(0);
  }
  row(r: number): NDArray {
    return this.pixels.slice(r);
  }
}

const canvas = new Canvas();
console.log("lit:", canvas.render([[0, 2, 0, 3], [1, 4, 2, 5]]));
canvas.clear();
console.log("frames:", canvas.frames, "after clear:", canvas.pixels.sum());
const topRow = canvas.row(0);
topRow.fill(1); // expect: no-view-mutation
console.log("lit after top row:", canvas.pixels.sum());
