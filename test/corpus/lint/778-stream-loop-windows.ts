// Rolling analysis of a streamed signal: per-chunk views are read before the frame is refilled, kept windows are copies, levels are rebound.
import { array, zeros, NDArray } from "ndalias";

const CHUNK = 5;

function chunkAt(c: number): NDArray {
  const values: number[] = [];
  for (let i = 0; i < CHUNK; i++) {
    const t = c * CHUNK + i;
    values.push(Math.round(100 * Math.cos(t / 4)) / 10);
  }
  return array(values);
}

// Jump between the last sample of one chunk and the first of the next.
export function continuity(chunks: number): number[] {
  const frame = zeros(CHUNK);
  const jumps: number[] = [];
  for (let c = 0; c < chunks; c++) {
    const tail = frame.slice("-1:");
    const lastSample = tail.get(0);
    frame.assign(":", chunkAt(c));
    if (c > 0) {
      jumps.push(Math.abs(frame.get(0) - lastSample));
    }
  }
  return jumps;
}

// Middle three samples of every chunk, kept for later inspection.
export function keepWindows(chunks: number): NDArray[] {
  const frame = zeros(CHUNK);
  const windows: NDArray[] = [];
  for (let c = 0; c < chunks; c++) {
    frame.assign(":", chunkAt(c));
    windows.push(frame.slice("1:4").copy());
  }
  return windows;
}

// Exponentially smoothed chunk level.
export function smoothedLevel(chunks: number): NDArray {
  const frame = zeros(CHUNK);
  let carry = zeros(CHUNK);
  for (let c = 0; c < chunks; c++) {
    frame.assign(":", chunkAt(c));
    let level: NDArray = frame;
    level = level.add(carry);
    level.imul(0.5);
    carry = level;
  }
  return carry;
}

// Peak of each chunk after removing its offset; the frame is reused.
export function peaks(chunks: number): number[] {
  const frame = zeros(CHUNK);
  const out: number[] = [];
  for (let c = 0; c < chunks; c++) {
    frame.assign(":", chunkAt(c));
    const offset = frame.slice(":2").mean();
    frame.isub(offset);
    const view = frame.slice("1:");
    out.push(view.max());
  }
  return out;
}

function fmt(values: number[]): string {
  return values.map((v) => v.toFixed(2)).join(" ");
}

const jumps = continuity(4);
console.log("jumps:", fmt(jumps));

const windows = keepWindows(4);
windows.forEach((w, i) => console.log(`window ${i}:`, fmt(w.tolist() as number[])));

const level = smoothedLevel(4);
console.log("smoothed level:", fmt(level.tolist() as number[]), "mean:", level.mean().toFixed(3));

console.log("peaks:", fmt(peaks(4)));
