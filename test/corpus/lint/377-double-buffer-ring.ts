// Double-buffered audio callback: a producer fills the back buffer, buffers are swapped each cycle, and a ring buffer serves recent history as copies for a crossfade.
import { zeros, NDArray } from "ndalias";

class RingBuffer {
  private readonly buf: NDArray;
  private writeIndex = 0;
  private filled = 0;

  constructor(capacity: number) {
    this.buf = zeros(capacity);
  }

  write(block: NDArray): void {
    for (let i = 0; i < block.size; i++) {
      this.buf.set(this.writeIndex, block.get(i));
      this.writeIndex = (this.writeIndex + 1) % this.buf.size;
    }
    this.filled = Math.min(this.filled + block.size, this.buf.size);
  }

  /** The most recent n samples, oldest first, as a new array. */
  latest(n: number): NDArray {
    if (n > this.filled) {
      throw new RangeError(`only ${this.filled} samples buffered, asked for ${n}`);
    }
    const idx: number[] = [];
    for (let k = n; k > 0; k--) {
      idx.push((this.writeIndex - k + this.buf.size) % this.buf.size);
    }
    return this.buf.take(idx);
  }
}

const BLOCK = 8;
const SAMPLE_RATE = 48000;

function produce(target: NDArray, cycle: number, freq: number): void {
  for (let i = 0; i < target.size; i++) {
    const n = cycle * target.size + i;
    target.set(i, Math.sin((2 * Math.PI * freq * n) / SAMPLE_RATE));
  }
}

let front = zeros(BLOCK);
let back = zeros(BLOCK);
const ring = new RingBuffer(32);
const consumed: number[] = [];

for (let cycle = 0; cycle < 5; cycle++) {
  produce(back, cycle, 1000);
  [front, back] = [back, front];
  back.fill(0);
  ring.write(front);
  consumed.push(front.sum());
}

const recent = ring.latest(16);
const faded = recent.copy();
for (let i = 0; i < faded.size; i++) {
  faded.set(i, faded.get(i) * (1 - i / faded.size));
}
recent.imul(0.5);

console.log("consumed block sums:", consumed.map((s) => s.toFixed(3)).join(", "));
console.log("front:", front.tolist());
console.log("half-level history:", recent.tolist());
console.log("crossfade energy:", faded.mul(faded).sum().toFixed(4));
