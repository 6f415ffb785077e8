// Pixel-grid editor with an undo history: strokes draw through a local name of the canvas field and row clears go through a stored row view, both in methods that report a checksum.
// runnable
import { zeros, NDArray } from "ndalias";

class GridEditor {
  private canvas: NDArray;
  private readonly history: NDArray[] = [];

  constructor(rows: number, cols: number) {
    this.canvas = zeros([rows, cols], "uint8");
  }

  private save(): void {
    this.history.push(this.canvas.copy());
    if (this.history.length > 10) this.history.shift();
  }

  stroke(r: number, c: number, value: number): number {
    this.save();
    const target = this.canvas;
    target.set([r, c], value); // expect: no-alias-mutation
    return target.sum();
  }

  clearRow(r: number): number {
    this.save();
    const row = this.canvas.slice(r);
    row.fill(0); // expect: no-view-mutation
    return this.checksum();
  }

  fillRect(r0: number, r1: number, value: number): number {
    this.save();
    this.canvas.slice(`${r0}:${r1}`).fill(value);
    return this.checksum();
  }

  undo(): boolean {
    const prev = this.history.pop();
    if (prev === undefined) return false;
    this.canvas = prev;
    return true;
  }

  checksum(): number {
    let h = 0;
    const flat = this.canvas.flatten();
    for (let i = 0; i < flat.size; i++) h = (h * 31 + flat.get(i)) % 1000003;
    return h;
  }

  export(): number[][] {
    return this.canvas.tolist() as number[][];
  }
}

const editor = new GridEditor(3, 4);
console.log("fill:", editor.fillRect(0, 2, 7));
console.log("stroke:", editor.stroke(2, 3, 255));
console.log("clear:", editor.clearRow(0));
editor.undo();
console.log("after undo:", editor.export());
