// Block ring buffer for a mono input stream: blocks land in one backing array, a limiter tames the newest block and a meter reports the level of the whole buffer.
// runnable
import { array, zeros, NDArray } from "ndalias";

const BLOCK = 4;
const BLOCKS = 4;
const CEILING = 0.5;

class RingBuffer {
  readonly store: NDArray;
  private nextBlock = 0;
  private filled = 0;

  constructor(blocks: number, blockSize: number) {
    this.store = zeros(blocks * blockSize, "float32");
  }

  get capacity(): number {
    return this.store.size;
  }

  get blocksFilled(): number {
    return this.filled;
  }

  // Copies one block into the next slot and returns the slot's start index.
  push(block: NDArray): number {
    if (block.size !== BLOCK) {
      throw new Error(`expected a block of ${BLOCK} samples, got ${block.size}`);
    }
    const start = this.nextBlock * BLOCK;
    this.store.assign(`${start}:${start + BLOCK}`, block);
    this.nextBlock = (this.nextBlock + 1) % BLOCKS;
    this.filled = Math.min(BLOCKS, this.filled + 1);
    return start;
  }

  clear(): void {
    this.store.fill(0);
    this.nextBlock = 0;
    this.filled = 0;
  }
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function toDb(level: number): string {
  return level > 0 ? (20 * Math.log10(level)).toFixed(1) + " dBFS" : "-inf dBFS";
}

const incoming = [
  [0.05, -0.1, 0.12, -0.08],
  [0.2, -0.25, 0.18, -0.22],
  [0.3, 0.1, -0.15, 0.05],
  [0.9, -0.7, 0.85, -0.6],
];

const ring = new RingBuffer(BLOCKS, BLOCK);
let newestStart = 0;
for (const samples of incoming) {
  newestStart = ring.push(array(samples, "float32"));
}
console.log(`ring holds ${ring.blocksFilled} of ${BLOCKS} blocks (${ring.capacity} samples)`);

// Input meter, taken before any processing.
console.log("input rms:", toDb(rms(ring.store)), "input peak:", toDb(peak(ring.store)));

// A preview of the quiet history with a make-up gain, on a copy so the history stays untouched.
const history = ring.store.slice(`0:${newestStart}`).copy();
history.imul(2);
console.log("history preview (+6 dB):", history.tolist());

// The limiter works on the newest block only.
const newest = ring.store.slice(`${newestStart}:${newestStart + BLOCK}`);
const newestPeak = peak(newest);
console.log("newest block peak:", toDb(newestPeak));
if (newestPeak > CEILING) {
  newest.imul(CEILING / newestPeak); // expect: no-view-mutation
}
console.log("limited block:", newest.tolist());

// Output meter of the whole ring, meant to show the unprocessed buffer for the recorder.
console.log("recorder rms:", toDb(rms(ring.store)), "recorder peak:", toDb(peak(ring.store)));

// Per-block crest factor of the ring contents.
for (let b = 0; b < BLOCKS; b++) {
  const start = b * BLOCK;
  const frame = ring.store.slice(`${start}:${start + BLOCK}`);
  const crest = peak(frame) / Math.max(rms(frame), 1e-9);
  console.log(`block ${b}: crest ${crest.toFixed(2)}`);
}

ring.clear();
console.log("after clear:", ring.store.sum());
