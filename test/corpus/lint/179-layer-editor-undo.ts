// Paint layer editor with undo/redo: every edit checkpoints a copy first, undo and redo rebind the working layer instead of copying into it, and queries read the history without writing it.
import { zeros, NDArray } from "ndalias";

export class LayerEditor {
  private layer: NDArray;
  private readonly undoStack: NDArray[] = [];
  private readonly redoStack: NDArray[] = [];

  constructor(h: number, w: number) {
    this.layer = zeros([h, w]);
  }

  private checkpoint(): void {
    this.undoStack.push(this.layer.copy());
    this.redoStack.length = 0;
  }

  paintRect(r0: number, r1: number, c0: number, c1: number, value: number): number {
    this.checkpoint();
    this.layer.slice(`${r0}:${r1}`, `${c0}:${c1}`).fill(value);
    return this.layer.sum();
  }

  brighten(k: number): number {
    this.checkpoint();
    this.layer.imul(k);
    return this.layer.max();
  }

  clearRow(r: number): number {
    const row = this.layer.slice(r);
    const before = row.sum();
    this.checkpoint();
    this.layer.slice(r).fill(0);
    return before;
  }

  undo(): boolean {
    const prev = this.undoStack.pop();
    if (!prev) return false;
    this.redoStack.push(this.layer);
    this.layer = prev;
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.layer);
    this.layer = next;
    return true;
  }

  changeSinceCheckpoint(): number {
    const prev = this.undoStack[this.undoStack.length - 1];
    if (!prev) return 0;
    const d = this.layer.sub(prev);
    d.imul(d);
    return Math.sqrt(d.sum());
  }

  snapshot(): NDArray {
    return this.layer.copy();
  }

  get depth(): number {
    return this.undoStack.length;
  }
}

export function thumbnail(editor: LayerEditor): NDArray {
  const snap = editor.snapshot();
  snap.imul(0.5);
  return snap.slice("::2", "::2");
}

export function replay(editor: LayerEditor, strokes: Array<[number, number, number]>): number {
  let painted = 0;
  strokes.forEach(([row, col, value]) => {
    painted += editor.paintRect(row, row + 1, col, col + 1, value) > 0 ? 1 : 0;
  });
  return painted;
}
