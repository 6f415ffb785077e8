// Motion detector over a ring of preallocated camera scanlines: pushes frames, then reports the newest frame and its change from the oldest.
// runnable
import { array, zeros, NDArray } from "ndalias";

class FrameRing {
  readonly frames: NDArray[] = [];
  head = 0;
  count = 0;

  constructor(readonly capacity: number, readonly width: number) {
    for (let i = 0; i < capacity; i++) {
      this.frames.push(zeros(width));
    }
  }

  push(frame: NDArray): void {
    if (frame.size !== this.width) {
      throw new Error(`expected a scanline of ${this.width} pixels, got ${frame.size}`);
    }
    this.frames[this.head].assign(":", frame);
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  newestIndex(): number {
    return (this.head + this.capacity - 1) % this.capacity;
  }

  oldestIndex(): number {
    return this.count < this.capacity ? 0 : this.head;
  }

  meanFrame(): NDArray {
    const acc = zeros(this.width);
    for (let i = 0; i < this.count; i++) {
      acc.iadd(this.frames[i]);
    }
    acc.idiv(Math.max(this.count, 1));
    return acc;
  }
}

function activePixels(diff: NDArray, threshold: number): number[] {
  const hits: number[] = [];
  for (let i = 0; i < diff.size; i++) {
    if (Math.abs(diff.get(i)) > threshold) hits.push(i);
  }
  return hits;
}

function describe(label: string, frame: NDArray): void {
  const values = (frame.tolist() as number[]).map((v) => v.toFixed(2));
  console.log(`${label}: [${values.join(", ")}]`);
}

const WIDTH = 6;
const ring = new FrameRing(4, WIDTH);
const feed: number[][] = [
  [0.10, 0.12, 0.11, 0.10, 0.09, 0.10],
  [0.11, 0.12, 0.10, 0.11, 0.10, 0.09],
  [0.10, 0.13, 0.45, 0.52, 0.11, 0.10],
  [0.10, 0.12, 0.48, 0.60, 0.40, 0.10],
  [0.09, 0.11, 0.12, 0.58, 0.62, 0.35],
];

for (const scanline of feed) {
  ring.push(array(scanline));
}

const background = ring.meanFrame();
describe("background", background);

const oldest = ring.frames[ring.oldestIndex()];
const newest = ring.frames[ring.newestIndex()];
console.log("oldest frame brightness:", oldest.mean().toFixed(3));

const oldestResidual = oldest.copy();
oldestResidual.isub(background);
describe("oldest minus background", oldestResidual);

const change = newest;
change.isub(oldest); // expect: no-alias-mutation
const moving = activePixels(change, 0.2);

console.log("moving pixels:", moving.join(", ") || "none");
describe("newest frame", newest);
console.log("newest brightness:", newest.mean().toFixed(3), "ring size:", ring.count);
