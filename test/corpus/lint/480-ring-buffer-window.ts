// Audio ring buffer with a private backing store: pushes frames, returns a gained-up recent window and reports the RMS level.
import { zeros, NDArray } from "ndalias";

function spec(strings: TemplateStringsArray, ...parts: number[]): string {
  return strings.reduce((acc, s, i) => acc + s + (i < parts.length ? String(parts[i]) : ""), "");
}

class RingBuffer {
  static #instances = 0;
  static DEFAULT_CAPACITY: number;
  static {
    RingBuffer.DEFAULT_CAPACITY = Number(process.env.RING_CAPACITY ?? 8);
  }

  #buf: NDArray;
  #head = 0;
  #filled = 0;

  constructor(capacity = RingBuffer.DEFAULT_CAPACITY) {
    this.#buf = zeros(capacity);
    RingBuffer.#instances++;
  }

  static get instances(): number {
    return RingBuffer.#instances;
  }

  get capacity(): number {
    return this.#buf.size;
  }

  get level(): number {
    const squares = this.#buf.mul(this.#buf);
    return Math.sqrt(squares.sum() / Math.max(1, this.#filled));
  }

  push(frame: number): void {
    this.#buf.set(this.#head, frame);
    this.#head = (this.#head + 1) % this.capacity;
    this.#filled = Math.min(this.#filled + 1, this.capacity);
  }

  quietWindow(length: number, gain: number): NDArray {
    const start = Math.max(0, this.#head - length);
    const win = this.#buf.slice(spec`${start}:${this.#head}`).copy();
    win.imul(gain);
    return win;
  }

  recentWindow(length: number, gain: number): NDArray {
    const start = Math.max(0, this.#head - length);
    const win = this.#buf.slice(spec`${start}:${this.#head}`);
    win.imul(gain); // expect: no-view-mutation
    return win;
  }

  clear(): void {
    this.#buf.fill(0);
    this.#head = 0;
    this.#filled = 0;
  }
}

const ring = new RingBuffer();
for (const frame of [0.1, 0.4, -0.2, 0.3, 0.5]) ring.push(frame);

const preview = ring.quietWindow(2, 0.5);
console.log("preview:", preview.tolist());

const loud = ring.recentWindow(3, 2.0);
console.log("window:", loud.tolist(), "level:", ring.level.toFixed(3));
console.log("buffers allocated:", RingBuffer.instances);
ring.clear();
