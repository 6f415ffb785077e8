// Undo/redo history for a cell grid that snapshots with copies, plus a double-buffered iterative recalculation of a smoothing formula.
import { array, zeros, NDArray } from "ndalias";

class History {
  private undoFrames: NDArray[] = [];
  private redoFrames: NDArray[] = [];

  record(grid: NDArray): void {
    this.undoFrames.push(grid.copy());
    this.redoFrames.length = 0;
  }

  undo(current: NDArray): NDArray | undefined {
    const frame = this.undoFrames.pop();
    if (frame) this.redoFrames.push(current.copy());
    return frame;
  }

  redo(current: NDArray): NDArray | undefined {
    const frame = this.redoFrames.pop();
    if (frame) this.undoFrames.push(current.copy());
    return frame;
  }

  get sizes(): string {
    return `undo=${this.undoFrames.length} redo=${this.redoFrames.length}`;
  }
}

function show(label: string, grid: NDArray): void {
  const rows = grid.tolist() as number[][];
  console.log(label.padEnd(14) + rows.map((r) => `[${r.join(" ")}]`).join(" "));
}

function smoothStep(src: NDArray, dst: NDArray): void {
  const n = src.shape[0];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const up = src.get(Math.max(i - 1, 0), j);
      const down = src.get(Math.min(i + 1, n - 1), j);
      const left = src.get(i, Math.max(j - 1, 0));
      const right = src.get(i, Math.min(j + 1, n - 1));
      dst.set([i, j], (src.get(i, j) + up + down + left + right) / 5);
    }
  }
}

let grid: NDArray = zeros([3, 3]);
const history = new History();

history.record(grid);
grid.set([0, 0], 4);
grid.set([1, 1], 9);
show("edit 1", grid);

history.record(grid);
grid.assign("2, :", array([1, 2, 3]));
show("edit 2", grid);

grid = history.undo(grid) ?? grid;
show("undo", grid);
grid = history.redo(grid) ?? grid;
show("redo", grid);
console.log("history:", history.sizes);

// Clearing keeps a copy for the status bar, taken before the write.
const beforeClear = grid.copy();
grid.fill(0);
console.log("cleared; previous total was", beforeClear.sum(), "now", grid.sum());
grid = history.undo(grid) ?? grid;
show("undo again", grid);

// Iterative recalculation with two buffers that swap roles each pass.
let front = array([
  [9, 0, 0],
  [0, 0, 0],
  [0, 0, 9],
]);
let back = zeros([3, 3]);
for (let pass = 0; pass < 4; pass++) {
  smoothStep(front, back);
  [front, back] = [back, front];
  back.fill(0);
}
show("smoothed", front);
console.log("mass after smoothing:", front.sum().toFixed(3));

// A working copy is rebound to a new result before it is changed.
let working: NDArray = front;
working = working.mul(10);
working.iadd(1);
show("x10 + 1", working);
show("smoothed again", front);
