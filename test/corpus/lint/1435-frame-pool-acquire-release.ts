// Audio block renderer that borrows fixed-size frames from a free-list pool, applies gain and a fade, and mixes them into a master bus.
import { array, linspace, zeros, NDArray } from "ndalias";

const FRAME = 8;

class FramePool {
  private readonly free: NDArray[] = [];
  private readonly outstanding = new Set<NDArray>();
  created = 0;

  constructor(readonly frameSize: number, prealloc: number) {
    for (let i = 0; i < prealloc; i++) {
      this.free.push(zeros(frameSize));
      this.created++;
    }
  }

  acquire(): NDArray {
    const frame = this.free.pop() ?? this.grow();
    this.outstanding.add(frame);
    return frame;
  }

  private grow(): NDArray {
    this.created++;
    return zeros(this.frameSize);
  }

  /** Clears the frame and puts it back on the free list. */
  release(frame: NDArray): void {
    if (!this.outstanding.has(frame)) {
      throw new Error(`frame of size ${frame.size} released twice or not from this pool`);
    }
    this.outstanding.delete(frame);
    frame.fill(0);
    this.free.push(frame);
  }

  get available(): number {
    return this.free.length;
  }

  get inUse(): number {
    return this.outstanding.size;
  }
}

const master = zeros(FRAME);
const fade = linspace(0, 1, FRAME);
let peak = 0;
let blocks = 0;

function renderBlock(pool: FramePool, samples: number[], gain: number): void {
  const frame = pool.acquire();
  for (let i = 0; i < samples.length && i < frame.size; i++) {
    frame.data[i] = samples[i];
  }
  frame.imul(gain);
  frame.imul(fade);
  peak = Math.max(peak, frame.max(), -frame.min());
  master.iadd(frame);
  blocks++;
  pool.release(frame);
}

function renderChord(pool: FramePool, voices: number[][], gain: number): void {
  const layered: NDArray[] = [];
  for (const voice of voices) {
    const frame = pool.acquire();
    frame.assign(":", array(voice));
    frame.imul(gain / voices.length);
    layered.push(frame);
  }
  for (const frame of layered) {
    master.iadd(frame);
    peak = Math.max(peak, frame.max());
  }
  for (const frame of layered) {
    pool.release(frame);
  }
}

const pool = new FramePool(FRAME, 2);
const score: number[][] = [
  [0.1, 0.3, 0.5, 0.7, 0.5, 0.3, 0.1, 0.0],
  [0.0, -0.2, -0.4, -0.2, 0.0, 0.2, 0.4, 0.2],
  [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2],
];

for (let pass = 0; pass < 2; pass++) {
  for (const samples of score) {
    renderBlock(pool, samples, 0.8);
  }
}
renderChord(pool, score, 1.0);

console.log("blocks rendered:", blocks, "frames created:", pool.created);
console.log("frames available:", pool.available, "in use:", pool.inUse);

const unnormalised = master.copy();
const limit = Math.max(master.max(), -master.min(), 1e-9);
master.idiv(limit);

console.log("master before limiting:", unnormalised.tolist());
const output = master;
console.log("master (normalised):", output.tolist());
console.log("output peak:", output.max(), "block peak:", peak);
