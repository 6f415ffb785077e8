// A tiny raster editor: brush strokes on a canvas with an undo stack of snapshots, a selection view for previews and a stroke statistic.
import { zeros, NDArray } from "ndalias";

abstract class Tool {
  static used = 0;
  abstract apply(canvas: NDArray, r: number, c: number): void;
  record(): void {
    Tool.used++;
  }
}

class Brush extends Tool {
  constructor(private readonly intensity: number) {
    super();
  }
  apply(canvas: NDArray, r: number, c: number): void {
    canvas.set([r, c], Math.min(1, canvas.get(r, c) + this.intensity));
    this.record();
  }
}

class Eraser extends Tool {
  apply(canvas: NDArray, r: number, c: number): void {
    canvas.set([r, c], 0);
    this.record();
  }
}

class Editor {
  static readonly MAX_UNDO = 5;

  private canvas: NDArray;
  private undoStack: NDArray[] = [];
  private redoStack: NDArray[] = [];

  constructor(rows: number, cols: number) {
    this.canvas = zeros([rows, cols]);
  }

  private checkpoint(): void {
    this.undoStack.push(this.canvas.copy());
    if (this.undoStack.length > Editor.MAX_UNDO) this.undoStack.shift();
    this.redoStack = [];
  }

  stroke(tool: Tool, points: Array<[number, number]>): number {
    this.checkpoint();
    const before = this.canvas;
    const inkBefore = before.sum();
    for (const [r, c] of points) tool.apply(this.canvas, r, c);
    const peak = this.canvas.max();
    if (peak > 1) this.canvas.idiv(peak);
    return this.canvas.sum() - inkBefore;
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (previous === undefined) return false;
    this.redoStack.push(this.canvas);
    this.canvas = previous;
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (next === undefined) return false;
    this.undoStack.push(this.canvas);
    this.canvas = next;
    return true;
  }

  selection(r0: number, r1: number, c0: number, c1: number): NDArray {
    return this.canvas.slice(`${r0}:${r1}`, `${c0}:${c1}`);
  }

  clearRow(r: number): void {
    this.checkpoint();
    this.canvas.slice(r).fill(0);
  }

  invert(): number {
    this.checkpoint();
    const original = this.canvas.copy();
    this.canvas.imul(-1);
    this.canvas.iadd(1);
    return original.sub(this.canvas).mean();
  }

  get ink(): number {
    return this.canvas.sum();
  }

  get depth(): number {
    return this.undoStack.length;
  }
}

const editor = new Editor(4, 5);
const brush = new Brush(0.6);

const added = editor.stroke(brush, [[0, 0], [0, 1], [1, 1], [2, 3]]);
console.log("ink added:", added, "undo depth:", editor.depth);

const corner = editor.selection(0, 2, 0, 2);
console.log("corner preview:", corner.tolist(), "corner ink:", corner.sum());
console.log("total ink:", editor.ink, "depth:", editor.depth);

editor.stroke(new Eraser(), [[0, 1]]);
editor.clearRow(2);
console.log("after erase and clear, ink:", editor.ink);

const change = editor.invert();
console.log("mean change from invert:", change);

editor.undo();
editor.undo();
console.log("after two undos, ink:", editor.ink, "depth:", editor.depth);
editor.redo();
console.log("after redo, ink:", editor.ink, "tools used:", Tool.used);
