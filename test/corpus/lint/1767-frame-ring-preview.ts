// Captures sensor frames into a ring buffer, shows a preview of the newest frame and recycles the ring when a session ends.
// runnable
import { zeros, NDArray } from "ndalias";

const ROWS = 4;
const WIDTH = 6;

class FrameRing implements Disposable {
  readonly frames: NDArray = zeros([ROWS, WIDTH]);
  private head = 0;
  count = 0;

  push(frame: NDArray): void {
    this.frames.assign(this.head, frame);
    this.head = (this.head + 1) % ROWS;
    this.count++;
  }

  newestIndex(): number {
    return (this.head + ROWS - 1) % ROWS;
  }

  level(): number {
    return this.frames.mean();
  }

  clear(): void {
    this.frames.fill(0);
    this.head = 0;
    this.count = 0;
  }

  [Symbol.dispose](): void {
    this.frames.dispose();
  }
}

function synthFrame(t: number): NDArray {
  const f = zeros(WIDTH);
  for (let i = 0; i < WIDTH; i++) {
    f.set(i, Math.round(Math.sin(t + i) * 100) / 10);
  }
  return f;
}

function captureSession(ring: FrameRing, frames: number, start: number): void {
  for (let t = start; t < start + frames; t++) {
    using frame = synthFrame(t);
    ring.push(frame);
  }
}

function frameStats(ring: FrameRing): { spread: number; centred: number[] } {
  const work = ring.frames.copy();
  try {
    work.isub(work.mean());
    return { spread: work.max() - work.min(), centred: work.slice(0).tolist() as number[] };
  } finally {
    work.dispose();
  }
}

const ring = new FrameRing();
captureSession(ring, 6, 0);
console.log("frames captured:", ring.count, "mean level:", ring.level().toFixed(3));

const preview = ring.frames.slice(ring.newestIndex());
console.log("preview mean:", preview.mean().toFixed(3));

try {
  const stats = frameStats(ring);
  console.log("spread:", stats.spread.toFixed(3), "first centred row:", stats.centred);
} finally {
  ring.frames.fill(0); // expect: no-view-mutation
}
console.log("preview after the session:", preview.tolist());
preview.dispose();

captureSession(ring, 3, 10);
const thumbnail = ring.frames.slice(ring.newestIndex()).copy();
try {
  console.log("second session level:", ring.level().toFixed(3));
} finally {
  ring.frames.fill(0);
}
console.log("thumbnail kept after recycling:", thumbnail.tolist());
thumbnail.dispose();

captureSession(ring, 2, 20);
const rows = ring.frames.slice(":2");
const rowTotals = [rows.slice(0).sum(), rows.slice(1).sum()];
ring.clear();
console.log("third session row totals:", rowTotals.map((v) => v.toFixed(2)));

ring[Symbol.dispose]();
console.log("ring released");
