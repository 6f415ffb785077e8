// Undo/redo history for a small pixel canvas: edits checkpoint a copy of the grid, undo and redo swap snapshots, and a preview brightens it.
import { zeros, NDArray } from "ndalias";

class CanvasHistory {
  pixels: NDArray;
  private past: NDArray[] = [];
  private future: NDArray[] = [];
  private readonly limit = 20;

  constructor(readonly width: number, readonly height: number) {
    this.pixels = zeros([height, width], "uint8");
  }

  private checkpoint(): void {
    this.past.push(this.pixels.copy());
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  paint(row: number, col: number, value: number): void {
    this.checkpoint();
    this.pixels.set([row, col], value);
  }

  fillRow(row: number, value: number): void {
    this.checkpoint();
    this.pixels.slice(row).fill(value);
  }

  clearRows(rows: number[]): void {
    this.checkpoint();
    this.pixels.take(rows, 0).fill(0); // expect: no-lost-write
  }

  undo(): boolean {
    const previous = this.past.pop();
    if (previous === undefined) return false;
    this.future.push(this.pixels);
    this.pixels = previous;
    return true;
  }

  redo(): boolean {
    const next = this.future.pop();
    if (next === undefined) return false;
    this.past.push(this.pixels);
    this.pixels = next;
    return true;
  }

  previewBrightened(amount: number): NDArray {
    const preview = this.pixels;
    preview.iadd(amount); // expect: no-alias-mutation
    return preview;
  }

  previewDarkened(amount: number): NDArray {
    const preview = this.pixels.astype("int32");
    preview.isub(amount);
    for (let i = 0; i < preview.size; i++) {
      if ((preview.data[i] as number) < 0) preview.data[i] = 0;
    }
    return preview;
  }

  histogram(bins: number): NDArray {
    const counts = zeros(bins, "int32");
    const flat = this.pixels.flatten();
    for (let i = 0; i < flat.size; i++) {
      const bin = Math.min(bins - 1, Math.floor((flat.get(i) / 256) * bins));
      counts.set(bin, counts.get(bin) + 1);
    }
    return counts;
  }
}

function render(label: string, grid: NDArray): void {
  const rows = grid.tolist() as number[][];
  console.log(label);
  for (const row of rows) {
    console.log("  " + row.map((v) => String(v).padStart(3)).join(" "));
  }
}

const canvas = new CanvasHistory(4, 3);
canvas.paint(0, 0, 200);
canvas.fillRow(1, 120);
canvas.paint(2, 3, 60);
render("after edits", canvas.pixels);

canvas.clearRows([1]);
render("after clearing row 1", canvas.pixels);

while (canvas.canUndo) canvas.undo();
render("fully undone", canvas.pixels);
canvas.redo();
canvas.redo();
render("after two redos", canvas.pixels);

render("darkened preview", canvas.previewDarkened(50));
const preview = canvas.previewBrightened(30);
render("brightened preview", preview);
render("canvas", canvas.pixels);
console.log("histogram:", canvas.histogram(4).tolist(), "redo available:", canvas.canRedo);
