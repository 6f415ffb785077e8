// A tiny raster editor: strokes modify a document record, snapshots go on an undo stack, an autosave is kept, and images are printed.
import { array, zeros, NDArray } from "ndalias";

interface Doc {
  title: string;
  canvas: NDArray;
  palette: NDArray;
  dirty: boolean;
}

interface Stroke {
  row: number;
  col: number;
  size: number;
  ink: number;
}

const doc: Doc = { title: "sketch", canvas: zeros([4, 4]), palette: array([0, 0.5, 1]), dirty: false };
const undoStack: Doc[] = [];

function snapshot(d: Doc): Doc {
  return { ...d, canvas: d.canvas.copy() };
}

function paint(d: Doc, stroke: Stroke): void {
  const r1 = Math.min(d.canvas.shape[0], stroke.row + stroke.size);
  const c1 = Math.min(d.canvas.shape[1], stroke.col + stroke.size);
  d.canvas.assign(`${stroke.row}:${r1}, ${stroke.col}:${c1}`, d.palette.get(stroke.ink));
  d.dirty = true;
}

function coverage(canvas: NDArray): number {
  let inked = 0;
  for (let i = 0; i < canvas.size; i++) {
    if (canvas.data[i] !== 0) inked++;
  }
  return inked / canvas.size;
}

function render(label: string, canvas: NDArray): void {
  const rows = canvas.tolist() as number[][];
  console.log(`${label} (${(coverage(canvas) * 100).toFixed(0)}% inked)`);
  for (const row of rows) {
    console.log("  " + row.map((v) => (v === 0 ? "." : v < 1 ? "+" : "#")).join(""));
  }
}

function inkUsage(d: Doc): Map<number, number> {
  const usage = new Map<number, number>();
  for (let i = 0; i < d.canvas.size; i++) {
    const v = d.canvas.data[i] as number;
    usage.set(v, (usage.get(v) ?? 0) + 1);
  }
  return usage;
}

// Stroke 1, with an undo point taken first.
undoStack.push(snapshot(doc));
paint(doc, { row: 0, col: 0, size: 2, ink: 2 });

// Autosave keeps the document as it is now.
const autosave: Doc = { ...doc, title: `${doc.title} (autosave)` };
render("autosave taken", autosave.canvas);

// Stroke 2 applied directly to the canvas.
undoStack.push(snapshot(doc));
doc.canvas.assign("1:3, 1:3", doc.palette.get(1)); // expect: no-alias-mutation
doc.dirty = true;

// Border: first and last rows are inked through row views.
const border = [doc.canvas.slice(0), doc.canvas.slice(-1)];
for (const edge of border) {
  edge.fill(1); // expect: no-view-mutation
}
render("after border", doc.canvas);

// Undo the border and stroke 2: the document now owns the snapshot's canvas.
const previous = undoStack.pop();
if (!previous) {
  throw new Error("nothing to undo");
}
doc.canvas = previous.canvas;
doc.dirty = previous.dirty;
doc.canvas.set([3, 3], doc.palette.get(1));
render("after undo + dot", doc.canvas);

console.log("ink usage:", [...inkUsage(doc).entries()].map(([v, n]) => `${v}x${n}`).join(" "));
console.log("undo depth:", undoStack.length, "dirty:", doc.dirty);
render("autosave", autosave.canvas);
