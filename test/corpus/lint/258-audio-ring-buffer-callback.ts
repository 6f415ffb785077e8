// A stereo ring buffer between a synth thread and the audio callback: blocks are pushed, pulled per channel and faded on underrun.
import { zeros, NDArray } from "ndalias";

class RingBuffer {
  readonly buf: NDArray;
  private head = 0;
  private tail = 0;
  filled = 0;
  constructor(readonly channels: number, readonly capacity: number) {
    this.buf = zeros([channels, capacity], "float32");
  }
  push(block: NDArray): number {
    const n = Math.min(block.shape[1], this.capacity - this.filled);
    for (let i = 0; i < n; i++) {
      this.buf.assign(`:, ${(this.head + i) % this.capacity}`, block.slice(":", i));
    }
    this.head = (this.head + n) % this.capacity;
    this.filled += n;
    return n;
  }
  pull(n: number): NDArray {
    const out = zeros([this.channels, n], "float32");
    const m = Math.min(n, this.filled);
    for (let i = 0; i < m; i++) out.assign(`:, ${i}`, this.buf.slice(":", (this.tail + i) % this.capacity));
    this.tail = (this.tail + m) % this.capacity;
    this.filled -= m;
    return out;
  }
  peak(): number {
    return Math.max(this.buf.max(), -this.buf.min());
  }
}

function synthBlock(n: number, t0: number): NDArray {
  const block = zeros([2, n], "float32");
  for (let i = 0; i < n; i++) block.set([0, i], Math.sin((t0 + i) * 0.3));
  block.assign("1", block.slice(0).mul(0.5));
  return block;
}

const ring = new RingBuffer(2, 16);
let volume = 0.8;

function onAudio(output: NDArray): void {
  const block = ring.pull(output.shape[1]);
  const gained = block.mul(volume);
  gained.slice(1).imul(0.9);
  const left = output.slice(0);
  const right = output.slice(1);
  left.assign("...", gained.slice(0));
  right.assign("...", gained.slice(1));
}

const device = [zeros([2, 4], "float32"), zeros([2, 4], "float32")];
ring.push(synthBlock(6, 0));
device.forEach((out) => onAudio(out));
console.log("device blocks:", device.map((d) => d.tolist()), "peak:", ring.peak());
device.forEach((out) => out.fill(0));
volume = 0.5;
ring.push(synthBlock(12, 6));
onAudio(device[0]);
console.log("after refill:", device[0].sum(), "buffered:", ring.filled);
