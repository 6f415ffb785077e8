// Audio input stage of a plugin host: a circular capture buffer, double-buffered output, fades on read-back and a level meter with history.
// runnable
import { zeros, array, NDArray } from "ndalias";

const CAPACITY = 24;

function applyFadeIn(x: NDArray, length: number): void {
  const n = Math.min(length, x.size);
  for (let i = 0; i < n; i++) x.set(i, x.get(i) * (i / n));
}

function removeDc(x: NDArray): void {
  x.isub(x.mean());
}

function preprocess(input: NDArray, gain: number, dcOffset: number): NDArray {
  let frame: NDArray = input;
  frame = frame.mul(gain);
  frame.iadd(dcOffset);
  return frame;
}

function synthBlock(index: number, size: number): NDArray {
  const block = zeros(size);
  for (let i = 0; i < size; i++) {
    const t = index * size + i;
    block.set(i, 0.6 * Math.sin(t * 0.45) + 0.2 * Math.sin(t * 1.7));
  }
  return block;
}

class RingBuffer {
  private readonly buf: NDArray;
  private writePos = 0;
  private filled = 0;

  constructor(readonly capacity: number) {
    this.buf = zeros(capacity);
  }

  write(samples: NDArray): void {
    const n = Math.min(samples.size, this.capacity);
    const first = Math.min(n, this.capacity - this.writePos);
    this.buf.assign(`${this.writePos}:${this.writePos + first}`, samples.slice(`0:${first}`));
    if (n > first) {
      this.buf.slice(`0:${n - first}`).assign(":", samples.slice(`${first}:${n}`));
    }
    this.writePos = (this.writePos + n) % this.capacity;
    this.filled = Math.min(this.capacity, this.filled + n);
  }

  latest(n: number): NDArray {
    const count = Math.min(n, this.filled);
    const idx: number[] = [];
    for (let k = count; k > 0; k--) idx.push((this.writePos - k + this.capacity) % this.capacity);
    return this.buf.take(idx);
  }

  peakOfLast(n: number): number {
    if (this.filled === 0) return 0;
    const recent = this.latest(n);
    return Math.max(recent.max(), -recent.min());
  }

  clear(): void {
    const head = this.buf.slice(`0:${Math.min(4, this.capacity)}`);
    const headPeak = head.max();
    if (headPeak > 0.99) console.log("clipping detected before clear");
    this.buf.fill(0);
    this.writePos = 0;
    this.filled = 0;
  }
}

class DoubleBuffer {
  private front: NDArray;
  private back: NDArray;

  constructor(size: number) {
    this.front = zeros(size);
    this.back = zeros(size);
  }

  stage(block: NDArray): void {
    this.back.assign(":", block);
  }

  swap(): NDArray {
    [this.front, this.back] = [this.back, this.front];
    this.back.fill(0);
    return this.front.copy();
  }
}

class LevelMeter {
  private readonly history: NDArray;
  private pos = 0;
  peak = 0;

  constructor(length: number, private readonly release: number) {
    this.history = zeros(length);
  }

  measure(block: NDArray): void {
    const rms = Math.sqrt(block.mul(block).mean());
    this.history.set(this.pos % this.history.size, rms);
    this.pos++;
    this.peak = Math.max(Math.max(block.max(), -block.min()), this.peak * this.release);
  }

  averageRmsDb(): number {
    const count = Math.min(this.pos, this.history.size);
    if (count === 0) return -Infinity;
    const used = this.history.slice(`0:${count}`);
    return 20 * Math.log10(Math.max(1e-9, used.mean()));
  }

  resetHistory(): void {
    this.history.fill(0);
    this.pos = 0;
  }
}

class InputStage {
  readonly ring = new RingBuffer(CAPACITY);
  readonly out = new DoubleBuffer(8);
  readonly meter = new LevelMeter(6, 0.8);
  readonly readBacks: number[][] = [];

  push(block: NDArray, gain: number): void {
    const frame = preprocess(block, gain, 0.01);
    removeDc(frame);
    this.ring.write(frame);
    this.meter.measure(frame);
    this.out.stage(frame);
  }

  readBack(n: number): NDArray {
    const chunk = this.ring.latest(n);
    applyFadeIn(chunk, 3);
    this.readBacks.push(chunk.tolist() as number[]);
    return chunk;
  }
}

const stage = new InputStage();
const outputs: number[][] = [];
for (let b = 0; b < 5; b++) {
  stage.push(synthBlock(b, 8), b < 3 ? 1.0 : 1.5);
  outputs.push(stage.out.swap().tolist() as number[]);
  if (b % 2 === 1) stage.readBack(6);
}

const lastRead = stage.readBack(4);
const scaled = lastRead.mul(0.5);
scaled.iadd(array([0.0, 0.0, 0.0, 0.1]));
console.log("scaled read-back:", scaled.tolist());
console.log("peak of last 8:", stage.ring.peakOfLast(8).toFixed(4));
console.log("meter peak:", stage.meter.peak.toFixed(4), "avg rms dB:", stage.meter.averageRmsDb().toFixed(2));
console.log("front buffers seen:", outputs.length, "read-backs:", stage.readBacks.length);
stage.ring.clear();
stage.meter.resetHistory();
console.log("after clear:", stage.ring.peakOfLast(4), stage.meter.averageRmsDb());
