// An image preprocessor whose void methods normalise and pad frames handed to them, applied to two frames, plus row helpers applied to views.
import { array, NDArray } from "ndalias";

class Preprocessor {
  constructor(readonly mean: number, readonly std: number) {}
  normalise(frame: NDArray): void {
    frame.isub(this.mean);
    frame.idiv(this.std);
  }
  zeroBorder(frame: NDArray): void {
    frame.slice(0).fill(0);
    frame.slice(-1).fill(0);
    const left = frame.slice(":", 0);
    left.fill(0);
  }
}

function normaliseRowInPlace(row: NDArray): void {
  row.idiv(row.sum() || 1);
}

/** @ndalias write row */
function clampRow(row: NDArray, hi: number): number {
  let n = 0;
  for (let i = 0; i < row.size; i++) {
    if (row.get(i) > hi) {
      row.set(i, hi);
      n++;
    }
  }
  return n;
}

const pre = new Preprocessor(128, 64);
const frames = [array([[100, 150, 200], [50, 128, 255], [0, 64, 192]]), array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])];
for (const f of frames) {
  pre.normalise(f);
  pre.zeroBorder(f);
  console.log("frame:", f.tolist());
}

const transitions = array([[1, 3], [2, 2], [5, 5]]);
for (let r = 0; r < transitions.shape[0]; r++) normaliseRowInPlace(transitions.slice(r));
const clamped = clampRow(transitions.slice(0), 0.5);
console.log("clamped:", clamped, "transitions:", transitions.tolist());
