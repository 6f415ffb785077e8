// Undo/redo history for a grid-editing service: snapshots are pushed on edit, undo restores into the live document and redo swaps snapshots back.
import { zeros, NDArray } from "ndalias";

class History {
  private readonly past: NDArray[] = [];
  private readonly future: NDArray[] = [];

  record(snapshot: NDArray): void {
    this.past.push(snapshot);
    this.future.length = 0;
  }

  get depth(): number {
    return this.past.length;
  }

  undo(current: NDArray): NDArray {
    const prev = this.past.pop();
    if (prev === undefined) return current;
    this.future.push(current.copy());
    current.assign(":", prev); // expect: no-alias-mutation
    return current;
  }

  redo(): NDArray | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(next.copy());
    return next;
  }
}

function restoreInto(target: NDArray, snapshot: NDArray): void {
  target.assign(":", snapshot);
}

function paintRow(doc: NDArray, row: number, value: number): NDArray {
  const edited = doc.copy();
  edited.slice(row).fill(value);
  return edited;
}

const history = new History();
let doc = zeros([3, 4]);

history.record(doc.copy());
doc.slice(0).fill(1);

history.record(doc.copy());
doc = paintRow(doc, 1, 2);
doc.set([1, 0], 9);

const checkpoint = doc;
doc.assign("2, :", 7); // expect: no-alias-mutation
history.record(checkpoint);

const undone = history.undo(doc);
console.log("after undo:", undone.tolist(), "depth:", history.depth);
const redone = history.redo();
if (redone !== null) restoreInto(doc, redone);
console.log("after redo:", doc.tolist());
