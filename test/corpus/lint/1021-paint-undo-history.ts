// Paint program history: every stroke is a command that snapshots the region it changes, with undo, redo and quick previews.
import { zeros, NDArray } from "ndalias";

class StrokeCommand {
  prev: StrokeCommand | null = null;
  history: PaintHistory | null = null;

  constructor(
    readonly region: string,
    readonly before: NDArray,
    readonly after: NDArray,
  ) {}

  describe(): string {
    return `${this.region}: ${this.before.mean().toFixed(2)} -> ${this.after.mean().toFixed(2)}`;
  }
}

class PaintHistory {
  canvas: NDArray;
  top: StrokeCommand | null = null;
  redoTop: StrokeCommand | null = null;
  strokes = 0;

  constructor(height: number, width: number) {
    this.canvas = zeros([height, width]);
  }

  paint(region: string, value: number): void {
    const before = this.canvas.slice(region).copy();
    this.canvas.assign(region, value);
    const after = this.canvas.slice(region).copy();
    const cmd = new StrokeCommand(region, before, after);
    cmd.prev = this.top;
    cmd.history = this;
    this.top = cmd; // expect: no-reference-cycle
    this.redoTop = null;
    this.strokes++;
  }

  undo(): boolean {
    const cmd = this.top;
    if (cmd === null) return false;
    this.canvas.assign(cmd.region, cmd.before);
    this.top = cmd.prev;
    cmd.prev = this.redoTop;
    this.redoTop = cmd;
    return true;
  }

  redo(): boolean {
    const cmd = this.redoTop;
    if (cmd === null) return false;
    this.canvas.assign(cmd.region, cmd.after);
    this.redoTop = cmd.prev;
    cmd.prev = this.top;
    this.top = cmd;
    return true;
  }

  previewMax(region: string, value: number): number {
    const draft = this.canvas.copy();
    draft.assign(region, value);
    return draft.max();
  }

  previewCoverage(region: string, value: number): number {
    const draft = this.canvas;
    draft.assign(region, value); // expect: no-alias-mutation
    return draft.mean();
  }

  log(): string[] {
    const lines: string[] = [];
    for (let c = this.top; c !== null; c = c.prev) lines.push(c.describe());
    return lines;
  }
}

function inkUsed(canvas: NDArray): number {
  let total = 0;
  for (let r = 0; r < canvas.shape[0]; r++) {
    total += canvas.slice(r).sum();
  }
  return total;
}

const doc = new PaintHistory(6, 8);
doc.paint("0:2, 0:3", 1);
doc.paint("2:5, 4:8", 0.5);
doc.paint("1:4, 1:2", 0.8);
console.log("strokes:", doc.strokes, "ink:", inkUsed(doc.canvas).toFixed(2));

console.log("max if we fill a corner:", doc.previewMax("5:, 7:", 2));
console.log("coverage if we fill the top row:", doc.previewCoverage("0, :", 1).toFixed(3));

doc.undo();
doc.undo();
console.log("after two undos, ink:", inkUsed(doc.canvas).toFixed(2));
doc.redo();
console.log("after redo, ink:", inkUsed(doc.canvas).toFixed(2));
console.log(doc.log().join("\n"));
console.log(doc.canvas.tolist());
