// Terrain editor with undo and redo: brushes raise, flatten or crater a heightmap, and every edit checkpoints a copied snapshot first.
import { zeros, NDArray } from "ndalias";

class EditHistory {
  private undoStack: NDArray[] = [];
  private redoStack: NDArray[] = [];

  constructor(private readonly limit: number) {}

  checkpoint(current: NDArray): void {
    this.undoStack.push(current.copy());
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
  }

  popUndo(current: NDArray): NDArray | undefined {
    const previous = this.undoStack.pop();
    if (previous !== undefined) this.redoStack.push(current.copy());
    return previous;
  }

  popRedo(current: NDArray): NDArray | undefined {
    const next = this.redoStack.pop();
    if (next !== undefined) this.undoStack.push(current.copy());
    return next;
  }
}

function stampCrater(map: NDArray, row: number, col: number, depth: number): void {
  map.set([row, col], map.get(row, col) - depth);
  map.slice(`${row}, ${Math.max(0, col - 1)}:${col + 2}`).isub(depth / 2);
}

class TerrainEditor {
  private heightmap: NDArray;
  private readonly history = new EditHistory(16);

  constructor(rows: number, cols: number) {
    this.heightmap = zeros([rows, cols]);
  }

  raise(rows: string, cols: string, amount: number): void {
    this.history.checkpoint(this.heightmap);
    this.heightmap.slice(`${rows}, ${cols}`).iadd(amount);
  }

  flatten(level: number): void {
    this.history.checkpoint(this.heightmap);
    this.heightmap.fill(level);
  }

  crater(row: number, col: number, depth: number): void {
    this.history.checkpoint(this.heightmap);
    stampCrater(this.heightmap, row, col, depth);
  }

  erode(rate: number): number {
    this.history.checkpoint(this.heightmap);
    this.heightmap.imul(1 - rate);
    return this.heightmap.sum();
  }

  undo(): void {
    const previous = this.history.popUndo(this.heightmap);
    if (previous !== undefined) this.heightmap = previous;
  }

  redo(): void {
    const next = this.history.popRedo(this.heightmap);
    if (next !== undefined) this.heightmap = next;
  }

  peak(): number {
    return this.heightmap.max();
  }

  rows(): number[][] {
    return this.heightmap.tolist() as number[][];
  }
}

const editor = new TerrainEditor(4, 5);
editor.raise("1:3", "1:4", 10);
editor.crater(2, 2, 4);
console.log("after crater:", editor.rows(), "peak", editor.peak());
console.log("volume after erosion:", editor.erode(0.1));
editor.undo();
editor.undo();
console.log("after two undos:", editor.rows());
editor.redo();
editor.flatten(1);
editor.raise("0", ":", 2);
console.log("after flatten and ridge:", editor.rows(), "peak", editor.peak());
