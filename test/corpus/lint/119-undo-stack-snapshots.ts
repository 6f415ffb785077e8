// An editor's undo stack over a brush canvas: snapshots are copied before each stroke, aliases taken after strokes see them on purpose, and rebound names are written freely.
import { zeros, NDArray } from "ndalias";

class UndoStack {
  #snapshots: NDArray[] = [];
  constructor(private readonly limit: number) {}
  push(canvas: NDArray): void {
    this.#snapshots.push(canvas.copy());
    if (this.#snapshots.length > this.limit) this.#snapshots.shift();
  }
  pop(): NDArray | undefined {
    return this.#snapshots.pop();
  }
  get depth(): number {
    return this.#snapshots.length;
  }
}

const canvas = zeros([4, 4]);
const undo = new UndoStack(3);

function stroke(row: number, value: number): void {
  undo.push(canvas);
  canvas.slice(row).fill(value);
}

stroke(0, 1);
stroke(2, 5);
const preview = canvas;
console.log("preview sum:", preview.sum());

let restored = undo.pop() ?? zeros([4, 4]);
restored.set([0, 0], 9);
console.log("restored:", restored.tolist());
restored = canvas.copy();
restored.fill(-1);
console.log("scratch:", restored.sum(), "depth:", undo.depth);

const [latest, ...older] = [canvas.copy(), canvas.copy()];
latest.slice("0:2").fill(3);
console.log("latest:", latest.sum(), "older:", older.length, "canvas:", canvas.sum(), preview.max());
