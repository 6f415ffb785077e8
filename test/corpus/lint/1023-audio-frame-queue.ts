// Audio engine that keeps recent frames in a doubly linked queue, mixes them down with per-frame gains and normalises before playback.
import { zeros, linspace, NDArray } from "ndalias";

const FRAME = 8;

class Frame {
  prev: Frame | null = null;
  next: Frame | null = null;
  constructor(readonly index: number, readonly samples: NDArray) {}
}

class FrameQueue {
  head: Frame | null = null;
  tail: Frame | null = null;
  length = 0;

  constructor(readonly capacity: number) {}

  push(frame: Frame): void {
    const last = this.tail;
    if (last === null) {
      this.head = frame;
    } else {
      frame.prev = last;
      last.next = frame; // expect: no-reference-cycle
    }
    this.tail = frame;
    this.length++;
    if (this.length > this.capacity) this.shift();
  }

  shift(): Frame | null {
    const first = this.head;
    if (first === null) return null;
    this.head = first.next;
    if (this.head !== null) this.head.prev = null;
    else this.tail = null;
    first.next = null;
    this.length--;
    return first;
  }

  frames(): Frame[] {
    const out: Frame[] = [];
    for (let f = this.head; f !== null; f = f.next) out.push(f);
    return out;
  }
}

function synthesize(index: number): Frame {
  const phase = linspace(0, Math.PI, FRAME);
  const samples = zeros(FRAME);
  for (let i = 0; i < FRAME; i++) {
    samples.set(i, Math.sin(phase.get(i) * (index + 1)) * (1 + index / 4));
  }
  return new Frame(index, samples);
}

function applyFadeIn(frame: Frame): void {
  const ramp = linspace(0, 1, FRAME);
  frame.samples.imul(ramp);
}

function mixdown(queue: FrameQueue, gains: number[]): NDArray {
  const mix = zeros(FRAME);
  let i = 0;
  for (let f = queue.head; f !== null; f = f.next) {
    const scaled = f.samples.mul(gains[i] ?? 1);
    scaled.imul(1 / queue.length);
    mix.iadd(scaled);
    i++;
  }
  return mix;
}

function peakOf(queue: FrameQueue): number {
  let peak = 0;
  for (let f = queue.head; f !== null; f = f.next) {
    peak = Math.max(peak, f.samples.max(), -f.samples.min());
  }
  return peak;
}

function normalizeFrames(queue: FrameQueue): number {
  const peak = peakOf(queue);
  if (peak === 0) return 0;
  for (let f = queue.head; f !== null; f = f.next) {
    f.samples.copy().idiv(peak); // expect: no-lost-write
  }
  return peak;
}

function rms(signal: NDArray): number {
  return Math.sqrt(signal.mul(signal).mean());
}

const queue = new FrameQueue(4);
for (let k = 0; k < 6; k++) {
  const frame = synthesize(k);
  if (k === 0) applyFadeIn(frame);
  queue.push(frame);
}

console.log("queued frames:", queue.frames().map((f) => f.index));
const peak = normalizeFrames(queue);
console.log("peak before normalising:", peak.toFixed(3), "after:", peakOf(queue).toFixed(3));

const mix = mixdown(queue, [1, 0.8, 0.6, 0.4]);
console.log("mix rms:", rms(mix).toFixed(4));
console.log("mix:", (mix.tolist() as number[]).map((v) => v.toFixed(3)));

const dropped = queue.shift();
console.log("dropped frame", dropped?.index, "remaining", queue.length);
