// Pixel-art canvas with undo/redo stacks of canvas copies; draws a few strokes, undoes and redoes them, and prints the canvas at each stage.
// runnable
import { zeros, NDArray } from "ndalias";

const SIZE = 8;

let canvas: NDArray = zeros([SIZE, SIZE], "uint8");
const undoStack: NDArray[] = [];
const redoStack: NDArray[] = [];

function checkpoint(): void {
  undoStack.push(canvas.copy());
  redoStack.length = 0;
}

function plot(x: number, y: number, color: number): void {
  if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) return;
  canvas.set([y, x], color);
}

function line(x0: number, y0: number, x1: number, y1: number, color: number): void {
  checkpoint();
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
  for (let s = 0; s <= steps; s++) {
    plot(Math.round(x0 + ((x1 - x0) * s) / steps), Math.round(y0 + ((y1 - y0) * s) / steps), color);
  }
}

function fillRect(x: number, y: number, w: number, h: number, color: number): void {
  checkpoint();
  canvas.slice(`${y}:${y + h}`, `${x}:${x + w}`).fill(color);
}

function mirrorLeftToRight(): void {
  checkpoint();
  const left = canvas.slice(":", `:${SIZE / 2}`).copy();
  canvas.slice(":", `${SIZE / 2}:`).assign(":", left.flip(1));
}

function undo(): boolean {
  const previous = undoStack.pop();
  if (previous === undefined) return false;
  redoStack.push(canvas);
  canvas = previous;
  return true;
}

function redo(): boolean {
  const next = redoStack.pop();
  if (next === undefined) return false;
  undoStack.push(canvas);
  canvas = next;
  return true;
}

function render(title: string): void {
  console.log(`-- ${title} (undo ${undoStack.length}, redo ${redoStack.length}, ink ${inkCount(canvas)})`);
  const rows = canvas.tolist() as number[][];
  for (const row of rows) {
    console.log(row.map((v) => (v === 0 ? "." : String(v))).join(""));
  }
}

function inkCount(img: NDArray): number {
  let n = 0;
  for (let i = 0; i < img.size; i++) {
    if (img.data[i] !== 0) n++;
  }
  return n;
}

function thumbnail(img: NDArray): NDArray {
  const small = img.slice("::2", "::2").astype("float64");
  small.idiv(255);
  return small;
}

line(0, 0, 3, 3, 1);
fillRect(0, 5, 3, 2, 2);
render("two strokes");

mirrorLeftToRight();
render("mirrored");

undo();
undo();
render("after two undos");

redo();
render("after one redo");

line(0, 7, 3, 4, 3);
render("new stroke clears redo");

const exported = canvas.copy();
exported.slice(0).fill(9);
console.log("export with header row:", exported.slice(0).tolist(), "canvas top row:", canvas.slice(0).tolist());
console.log("thumbnail mean:", thumbnail(canvas).mean().toFixed(4));
