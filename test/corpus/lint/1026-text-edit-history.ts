// Text editor undo/redo history linked in both directions, with per-command latencies recorded in a module-level array for profiling.
import { zeros, array, NDArray } from "ndalias";

const LATENCY = zeros(8);
let recorded = 0;

class EditCommand {
  prev: EditCommand | null = null;
  next: EditCommand | null = null;
  history: EditHistory | null = null;
  constructor(readonly at: number, readonly removed: string, readonly inserted: string) {}
}

class EditHistory {
  text = "";
  current: EditCommand | null = null;
  private readonly origin = new EditCommand(0, "", "");

  constructor() {
    this.origin.history = this;
    this.current = this.origin;
  }

  apply(at: number, removeCount: number, inserted: string): void {
    const started = performance.now();
    const removed = this.text.slice(at, at + removeCount);
    this.text = this.text.slice(0, at) + inserted + this.text.slice(at + removeCount);
    const cmd = new EditCommand(at, removed, inserted);
    cmd.history = this;
    cmd.prev = this.current;
    if (this.current !== null) this.current.next = cmd;
    this.current = cmd;
    LATENCY.set(recorded % LATENCY.size, performance.now() - started);
    recorded++;
  }

  undo(): boolean {
    const cmd = this.current;
    if (cmd === null || cmd === this.origin) return false;
    this.text = this.text.slice(0, cmd.at) + cmd.removed + this.text.slice(cmd.at + cmd.inserted.length);
    this.current = cmd.prev;
    return true;
  }

  redo(): boolean {
    const cmd = this.current?.next ?? null;
    if (cmd === null) return false;
    this.text = this.text.slice(0, cmd.at) + cmd.inserted + this.text.slice(cmd.at + cmd.removed.length);
    this.current = cmd;
    return true;
  }

  depth(): number {
    let n = 0;
    for (let c = this.current; c !== null && c !== this.origin; c = c.prev) n++;
    return n;
  }
}

function charWidths(text: string, base: NDArray): NDArray {
  let widths = base;
  widths = widths.mul(1.5);
  widths.iadd(text.length > 20 ? 0.5 : 0);
  return widths;
}

function blendBuffers(steps: number): NDArray {
  let front = zeros(4);
  let back = zeros(4);
  for (let s = 0; s < steps; s++) {
    back.assign(":", front);
    back.iadd(s + 1);
    [front, back] = [back, front];
  }
  return front;
}

const editor = new EditHistory();
editor.apply(0, 0, "hello world");
editor.apply(5, 6, ", ndarray");
editor.apply(0, 1, "H");
console.log("text:", JSON.stringify(editor.text), "depth:", editor.depth());

editor.undo();
editor.undo();
console.log("after two undos:", JSON.stringify(editor.text), "depth:", editor.depth());
editor.redo();
console.log("after redo:", JSON.stringify(editor.text));
editor.apply(editor.text.length, 0, "!");
console.log("after new edit:", JSON.stringify(editor.text), "can redo:", editor.redo());

const base = array([1, 1, 0.5, 2]);
console.log("widths:", charWidths(editor.text, base).tolist(), "base:", base.tolist());
console.log("blended:", blendBuffers(3).tolist());

const filled = Math.min(recorded, LATENCY.size);
const recent = LATENCY.slice(`:${filled}`);
console.log("commands profiled:", recorded, "mean latency (ms):", (recent.sum() / Math.max(filled, 1)).toFixed(4));
