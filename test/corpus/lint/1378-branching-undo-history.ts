// Branching undo history for an equaliser editor: every edit stores an immutable copy of the band gains in a tree node linked to its parent.
import { array, NDArray } from "ndalias";

class HistoryNode {
  parent: HistoryNode | null = null;
  redo: HistoryNode | null = null;
  constructor(
    readonly gains: NDArray,
    readonly label: string,
  ) {}
}

class EqualiserEditor {
  private readonly root: HistoryNode;
  private current: HistoryNode;
  private edits = 0;

  constructor(initial: NDArray) {
    this.root = new HistoryNode(initial.copy(), "initial");
    this.current = this.root;
  }

  gains(): NDArray {
    return this.current.gains.copy();
  }

  commit(gains: NDArray, label: string): HistoryNode {
    const child = new HistoryNode(gains.copy(), label);
    const parent = this.current;
    child.parent = parent;
    parent.redo = child; // expect: no-reference-cycle
    this.current = child;
    this.edits++;
    return child;
  }

  branchFrom(node: HistoryNode, gains: NDArray, label: string): HistoryNode {
    const fork = new HistoryNode(gains.copy(), label);
    fork.parent = node;
    this.current = fork;
    this.edits++;
    return fork;
  }

  undo(): boolean {
    if (this.current.parent === null) return false;
    this.current = this.current.parent;
    return true;
  }

  redoStep(): boolean {
    if (this.current.redo === null) return false;
    this.current = this.current.redo;
    return true;
  }

  path(): string[] {
    const labels: string[] = [];
    for (let n: HistoryNode | null = this.current; n !== null; n = n.parent) {
      labels.unshift(n.label);
    }
    return labels;
  }

  editCount(): number {
    return this.edits;
  }
}

function boosted(gains: NDArray, band: number, db: number): NDArray {
  const out = gains.copy();
  out.set(band, out.get(band) + db);
  return out;
}

function flattened(gains: NDArray, amount: number): NDArray {
  const mean = gains.mean();
  const out = gains.sub(mean);
  out.imul(1 - amount);
  out.iadd(mean);
  return out;
}

const editor = new EqualiserEditor(array([0, 0, 0, 0, 0]));

editor.commit(boosted(editor.gains(), 0, 3), "bass +3");
editor.commit(boosted(editor.gains(), 4, -2), "treble -2");
const checkpoint = editor.commit(flattened(editor.gains(), 0.5), "flatten 50%");

const draft = editor.gains();
draft.set(2, 1.5);
draft.imul(0.9);
editor.commit(draft, "mid +1.5, trim");

editor.undo();
editor.undo();
editor.redoStep();
console.log("after undo/redo:", editor.path().join(" > "), editor.gains().tolist());

const alternative = checkpoint.gains.copy();
alternative.slice("1:4").fill(-1);
editor.branchFrom(checkpoint, alternative, "scoop mids");
console.log("branch:", editor.path().join(" > "), editor.gains().tolist());
console.log("edits:", editor.editCount(), "checkpoint gains unchanged:", checkpoint.gains.tolist());
console.log("draft sent to the editor:", draft.tolist());
