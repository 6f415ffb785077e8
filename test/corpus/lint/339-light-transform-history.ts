// Level editor undo/redo for a light's 4x4 transform: every edit pushes a copy, undo and redo swap stored copies back in.
import { eye, NDArray } from "ndalias";

class TransformHistory {
  private undoStack: NDArray[] = [];
  private redoStack: NDArray[] = [];
  current: NDArray;

  constructor(initial: NDArray) {
    this.current = initial.copy();
  }

  edit(apply: (m: NDArray) => void): void {
    this.undoStack.push(this.current.copy());
    this.redoStack = [];
    apply(this.current);
  }

  stepBack(): boolean {
    const previous = this.undoStack.pop();
    if (previous === undefined) return false;
    this.redoStack.push(this.current);
    this.current = previous;
    return true;
  }

  stepForward(): boolean {
    const next = this.redoStack.pop();
    if (next === undefined) return false;
    this.undoStack.push(this.current);
    this.current = next;
    return true;
  }

  get depth(): number {
    return this.undoStack.length;
  }
}

const light = eye(4);
light.set([1, 3], 3);
const history = new TransformHistory(light);

history.edit((m) => {
  m.set([1, 3], m.get(1, 3) + 1.5);
});
history.edit((m) => {
  m.slice(":3", ":3").imul(2);
});
console.log("after edits:", JSON.stringify(history.current.tolist()), "depth:", history.depth);

history.stepBack();
const shown = history.current;
console.log("after undo:", JSON.stringify(shown.tolist()));

history.stepForward();
const scale = history.current.get(0, 0);
console.log("after redo scale:", scale, "height:", history.current.get(1, 3));
console.log("light as placed in the level:", JSON.stringify(light.tolist()));
