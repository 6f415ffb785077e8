// A ring buffer of recent input samples feeding a level meter with RMS, median and peak-hold readouts, plus a metronome click.
import { array, zeros, NDArray } from "ndalias";

const CLICK = array([1.0, 0.62, -0.41, 0.22, -0.1, 0.04]);
const ACCENT_GAIN = 1.5;

class SampleRing {
  private samples: NDArray;
  private writePos = 0;
  private filled = 0;

  constructor(readonly capacity: number) {
    this.samples = zeros(capacity);
  }

  push(block: NDArray): void {
    for (let i = 0; i < block.size; i++) {
      this.samples.set((this.writePos + i) % this.capacity, block.get(i));
    }
    this.writePos = (this.writePos + block.size) % this.capacity;
    this.filled = Math.min(this.capacity, this.filled + block.size);
  }

  recent(n: number): NDArray {
    const count = Math.min(n, this.filled);
    const idx: number[] = [];
    for (let i = count; i > 0; i--) {
      idx.push((this.writePos - i + this.capacity) % this.capacity);
    }
    return this.samples.take(idx);
  }

  rms(): number {
    const squares = this.samples.mul(this.samples);
    return Math.sqrt(squares.sum() / Math.max(1, this.filled));
  }

  median(n: number): number {
    const window = this.recent(n);
    window.sort();
    return Number(window.get(Math.floor(window.size / 2)));
  }

  peakHold(window: number): number {
    const head = this.samples.slice(`0:${window}`);
    head.sort(); // expect: no-view-mutation
    return Math.max(Number(head.get(window - 1)), -Number(head.get(0)));
  }

  clear(): void {
    this.samples.fill(0);
    this.writePos = 0;
    this.filled = 0;
  }

  snapshot(): number[] {
    return this.samples.tolist() as number[];
  }
}

function renderClick(accent: boolean): NDArray {
  const click = CLICK;
  if (accent) click.imul(ACCENT_GAIN); // expect: no-alias-mutation
  return click.copy();
}

function renderClickSafe(accent: boolean): NDArray {
  const click = CLICK.copy();
  if (accent) click.imul(ACCENT_GAIN);
  return click;
}

function fmt(x: number): string {
  return x.toFixed(3).padStart(7);
}

const ring = new SampleRing(12);
const blocks = [
  array([0.1, -0.2, 0.35, -0.5]),
  array([0.8, -0.65, 0.4, -0.1]),
  array([0.05, 0.3, -0.9, 0.6]),
  array([0.2, -0.15, 0.1, 0.0]),
];

for (const [i, block] of blocks.entries()) {
  ring.push(block);
  console.log(`block ${i}: rms ${fmt(ring.rms())} median(6) ${fmt(ring.median(6))} peak(8) ${fmt(ring.peakHold(8))}`);
}
console.log("ring contents:", ring.snapshot().map(fmt).join(""));

const bar = [true, false, false, false];
for (const accent of bar) {
  const c = accent ? renderClickSafe(true) : renderClick(false);
  console.log(accent ? "ACCENT" : "tick  ", c.tolist());
}
console.log("click sample:", CLICK.tolist());

ring.clear();
console.log("cleared rms:", ring.rms());
