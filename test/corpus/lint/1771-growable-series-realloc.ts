// A growable time series that reallocates its storage when full, plus a rolling buffer that is disposed and re-created per session.
import { array, zeros, NDArray } from "ndalias";

class GrowableSeries implements Disposable {
  private storage: NDArray;
  private length = 0;

  constructor(capacity: number) {
    this.storage = zeros(capacity);
  }

  get capacity(): number {
    return this.storage.size;
  }

  push(x: number): void {
    if (this.length === this.storage.size) {
      const bigger = zeros(this.storage.size * 2);
      bigger.assign(`:${this.length}`, this.storage);
      this.storage.dispose();
      this.storage = bigger;
    }
    this.storage.set(this.length, x);
    this.length++;
  }

  values(): NDArray {
    return this.storage.slice(`:${this.length}`).copy();
  }

  shrinkToFit(): number {
    const exact = zeros(Math.max(1, this.length));
    exact.assign(`:${this.length}`, this.storage.slice(`:${this.length}`));
    this.storage.dispose();
    this.storage = exact;
    return this.storage.size;
  }

  [Symbol.dispose](): void {
    this.storage.dispose();
  }
}

export function resized(src: NDArray, n: number): NDArray {
  const out = zeros(n);
  const k = Math.min(n, src.size);
  out.assign(`:${k}`, src.slice(`:${k}`));
  return out;
}

export function cumulative(batches: NDArray[]): NDArray {
  let acc = zeros(batches[0].size);
  for (const b of batches) {
    const next = acc.add(b);
    acc.dispose();
    acc = next;
  }
  acc.imul(1 / batches.length);
  return acc;
}

function session(id: number, readings: number[]): void {
  using series = new GrowableSeries(2);
  for (const r of readings) series.push(r);
  const values = series.values();
  console.log(`session ${id}: capacity ${series.capacity}, values`, values.tolist());
  values.imul(2);
  console.log(`session ${id}: doubled`, values.tolist(), "capacity after shrink:", series.shrinkToFit());
  values.dispose();
}

session(1, [0.5, 0.75, 1.0]);
session(2, [3, 1, 4, 1, 5, 9, 2, 6]);

let window = zeros(4);
window.assign(":", array([1, 2, 3, 4]));
const firstWindow = window;
console.log("first window total:", firstWindow.sum(), "max:", window.max());
window.dispose();

window = zeros(8);
window.fill(1);
window.slice(":4").imul(3);
console.log("second window:", window.tolist());

let grown = resized(window, 12);
grown.slice("8:").fill(-1);
console.log("grown window:", grown.tolist());
grown.dispose();
grown = resized(window, 2);
grown.iadd(10);
console.log("shrunk window:", grown.tolist(), "source window:", window.tolist());

const averaged = cumulative([array([1, 2]), array([3, 4]), array([5, 6])]);
averaged.isub(averaged.min());
console.log("averaged, shifted to zero:", averaged.tolist());

grown.dispose();
window.dispose();
averaged.dispose();
