// Pixel-art editor with an undo stack: each tool stores the canvas state before painting so the stroke can be undone.
// runnable
import { zeros, NDArray } from "ndalias";

class UndoHistory {
  private past: NDArray[] = [];
  private future: NDArray[] = [];

  record(snapshot: NDArray): void {
    this.past.push(snapshot);
    this.future.length = 0;
  }

  undo(current: NDArray): NDArray | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    return previous;
  }

  redo(current: NDArray): NDArray | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    return next;
  }

  get depth(): number {
    return this.past.length;
  }
}

function paintRect(canvas: NDArray, rows: string, cols: string, colour: number): void {
  canvas.assign(`${rows}, ${cols}`, colour);
}

function describe(label: string, canvas: NDArray): void {
  console.log(`${label}: ink=${canvas.sum()}`);
  for (const row of canvas.tolist() as number[][]) {
    console.log("  " + row.join(" "));
  }
}

const history = new UndoHistory();
let canvas = zeros([4, 6], "uint8");

// Rectangle tool: snapshot first, then paint.
history.record(canvas.copy());
paintRect(canvas, "0:2", "0:3", 7);
describe("after rectangle", canvas);

// Line tool: snapshot first, then paint one column.
history.record(canvas.copy());
paintRect(canvas, ":", "5", 9);
describe("after line", canvas);

// Bucket fill tool: keeps the pre-fill state for undo.
const beforeFill = canvas;
canvas.fill(3); // expect: no-alias-mutation
history.record(beforeFill);
console.log("saved pre-fill ink:", beforeFill.sum());
describe("after fill", canvas);

// Undo the fill: the restored state should still show the rectangle and the line.
const restored = history.undo(canvas);
if (restored !== undefined) {
  canvas = restored;
}
describe("after undo", canvas);
console.log("undo depth:", history.depth);
