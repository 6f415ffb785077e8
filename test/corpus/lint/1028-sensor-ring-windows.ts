// Sensor ring buffer: stores samples in place, reads windows through views made after each write, and reports smoothed levels.
// runnable
import { zeros, array, arange, NDArray } from "ndalias";

class Ring {
  readonly buf: NDArray;
  private head = 0;
  count = 0;

  constructor(size: number) {
    this.buf = zeros(size);
  }

  push(x: number): void {
    this.buf.set(this.head, x);
    this.head = (this.head + 1) % this.buf.size;
    this.count++;
  }

  ordered(): NDArray {
    const n = Math.min(this.count, this.buf.size);
    const out = zeros(n);
    const start = this.count > this.buf.size ? this.head : 0;
    for (let i = 0; i < n; i++) out.set(i, this.buf.get((start + i) % this.buf.size));
    return out;
  }
}

function smooth(values: NDArray, alpha: number): NDArray {
  const out = values.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, alpha * values.get(i) + (1 - alpha) * out.get(i - 1));
  }
  return out;
}

function clampInPlace(values: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < values.size; i++) {
    values.set(i, Math.min(hi, Math.max(lo, values.get(i))));
  }
}

const ring = new Ring(6);
const incoming = [0.4, 0.9, 1.7, 0.2, -0.6, 0.8, 1.1, 2.5];

const firstHalf = ring.buf.slice(":3");
console.log("first half before any samples:", firstHalf.sum());
for (const x of incoming) ring.push(x);

const levels = ring.ordered();
const snapshot = levels.copy();
clampInPlace(levels, 0, 1.5);
console.log("raw levels:", snapshot.tolist());
console.log("clamped levels:", levels.tolist());

levels.slice(":1").fill(0);
levels.slice("-1:").imul(0.5);
const tail = levels.slice("-3:");
console.log("tail after edge handling:", tail.tolist());

let smoothed = levels;
smoothed = smooth(smoothed, 0.5);
smoothed.imul(100);
console.log("smoothed (%):", (smoothed.tolist() as number[]).map((v) => Math.round(v)));
console.log("levels untouched by smoothing:", levels.tolist());

let front = zeros(3);
let back = array([1, 2, 3]);
for (let step = 0; step < 2; step++) {
  back.imul(2);
  [front, back] = [back, front];
  back.fill(step);
}
console.log("front:", front.tolist(), "back:", back.tolist());

const grid = arange(6).reshape(2, 3);
grid.imul(10);
console.log("grid:", grid.tolist());

const weights = zeros(3);
const bias = zeros(3);
weights.fill(0.25);
bias.iadd(1);
console.log("weights:", weights.tolist(), "bias:", bias.tolist());

const rowSums = zeros(2);
for (let r = 0; r < 2; r++) rowSums.set(r, grid.slice(r).sum());
console.log("row sums:", rowSums.tolist(), "samples seen:", ring.count);
