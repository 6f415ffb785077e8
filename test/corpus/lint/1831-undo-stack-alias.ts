// Cell editor for a small grid with an undo stack: each edit batch records the state before it so that undo can restore it.
import { array, zeros, NDArray } from "ndalias";

interface Edit {
  row: number;
  col: number;
  value: number;
}

class UndoStack {
  private frames: NDArray[] = [];
  private labels: string[] = [];

  push(label: string, frame: NDArray): void {
    this.frames.push(frame);
    this.labels.push(label);
  }

  pop(): { label: string; frame: NDArray } | undefined {
    const frame = this.frames.pop();
    const label = this.labels.pop();
    if (!frame || label === undefined) return undefined;
    return { label, frame };
  }

  get depth(): number {
    return this.frames.length;
  }
}

function applyEdits(target: NDArray, edits: Edit[]): void {
  for (const e of edits) {
    target.set([e.row, e.col], e.value);
  }
}

function describe(grid: NDArray): string {
  const rows = grid.tolist() as number[][];
  return rows.map((r) => r.map((v) => String(v).padStart(4)).join(" ")).join("\n");
}

function applyAndDiff(current: NDArray, edits: Edit[]): NDArray {
  const previous = current.copy();
  for (const e of edits) {
    current.set([e.row, e.col], e.value); // expect: no-alias-mutation
  }
  return current.sub(previous);
}

function countChanged(diff: NDArray): number {
  let changed = 0;
  for (let i = 0; i < diff.shape[0]; i++) {
    for (let j = 0; j < diff.shape[1]; j++) {
      if (diff.get(i, j) !== 0) changed++;
    }
  }
  return changed;
}

const grid = zeros([3, 4]);
const undo = new UndoStack();

// First batch: snapshot taken with a copy, so the stack keeps the old state.
undo.push("initial values", grid.copy());
applyEdits(grid, [
  { row: 0, col: 0, value: 10 },
  { row: 0, col: 1, value: 20 },
  { row: 2, col: 3, value: 5 },
]);
console.log("after first batch:\n" + describe(grid));

// Second batch: a bulk row paste.
const beforePaste = grid;
const pasted = array([4, 5, 6, 7]);
grid.assign("1, :", pasted); // expect: no-alias-mutation
undo.push("paste row 2", beforePaste);
console.log("after paste:\n" + describe(grid));

// Third batch goes through the diffing editor on a scratch grid.
const scratch = zeros([3, 4]);
const diff = applyAndDiff(scratch, [
  { row: 1, col: 1, value: 3 },
  { row: 2, col: 2, value: 8 },
]);
console.log("scratch cells changed:", countChanged(diff));
console.log("scratch:\n" + describe(scratch));

// Undo everything on the stack and show what each frame holds.
console.log("undo depth:", undo.depth);
for (let entry = undo.pop(); entry; entry = undo.pop()) {
  console.log(`undo "${entry.label}" restores total`, entry.frame.sum());
}

// A correct redo buffer: copied before the grid is cleared.
const redoFrame = grid.copy();
grid.fill(0);
console.log("cleared grid total:", grid.sum(), "redo frame total:", redoFrame.sum());
