// Block analysis for a spectrum display: windowed frames, sorted medians, quantised previews and noise-added test signals.
import { array, zeros, linspace, NDArray } from "ndalias";

function hann(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
  }
  return w;
}

function windowedFrame(block: NDArray, start: number, size: number): NDArray {
  const idx: number[] = [];
  for (let i = 0; i < size; i++) idx.push(start + i);
  const frame = block.take(idx);
  frame.imul(hann(size));
  return frame;
}

function dftMagnitudes(frame: NDArray): NDArray {
  const n = frame.size;
  const mags = zeros(Math.floor(n / 2) + 1);
  for (let k = 0; k < mags.size; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      const x = Number(frame.get(t));
      re += x * Math.cos((2 * Math.PI * k * t) / n);
      im -= x * Math.sin((2 * Math.PI * k * t) / n);
    }
    mags.set(k, Math.hypot(re, im));
  }
  return mags;
}

function medianLevel(block: NDArray): number {
  const sorted = block.flatten();
  sorted.sort();
  return Number(sorted.get(Math.floor(sorted.size / 2)));
}

function quantisePreview(block: NDArray, bits: number): number[] {
  const steps = Math.pow(2, bits - 1);
  const q = block.mul(steps);
  for (let i = 0; i < q.size; i++) q.set(i, Math.round(Number(q.get(i))));
  q.idiv(steps);
  return q.tolist() as number[];
}

function withNoise(block: NDArray, amount: number, seed: number): NDArray {
  const noisy = block.astype("float32");
  let s = seed;
  for (let i = 0; i < noisy.size; i++) {
    s = (s * 16807) % 2147483647;
    noisy.set(i, Number(noisy.get(i)) + amount * (s / 2147483647 - 0.5));
  }
  return noisy;
}

const SIZE = 16;
const block = zeros(SIZE);
for (let i = 0; i < SIZE; i++) {
  block.set(i, Math.sin((2 * Math.PI * 3 * i) / SIZE) + 0.3 * Math.sin((2 * Math.PI * 5 * i) / SIZE));
}

const frame = windowedFrame(block, 0, SIZE);
const mags = dftMagnitudes(frame);
console.log("magnitudes:", (mags.tolist() as number[]).map((m) => m.toFixed(2)).join(" "));
console.log("median level:", medianLevel(block).toFixed(4));
console.log("8-bit preview:", quantisePreview(block, 8).slice(0, 6).join(" "));

const noisy = withNoise(block, 0.05, 42);
console.log("noisy rms:", Math.sqrt(noisy.mul(noisy).mean()).toFixed(4));

// A normalised copy of the block for the display, read right away in the same chain.
const displayPeak = block.copy().idiv(Math.max(block.max(), -block.min())).max();
console.log("display peak:", displayPeak.toFixed(3));

// Tilt the display curve: arithmetic result written, then drawn.
const tilt = linspace(1, 0.5, mags.size);
const tilted = mags.mul(tilt);
tilted.set(0, 0);
console.log("tilted:", (tilted.tolist() as number[]).map((m) => m.toFixed(2)).join(" "));

// Two analysis frames taken from different offsets never share memory with the block or each other.
const early = block.take([0, 1, 2, 3]);
const late = block.take([12, 13, 14, 15]);
early.fill(0);
late.imul(-1);
console.log("early:", early.tolist(), "late:", late.tolist(), "block sum:", block.sum().toFixed(4));

const reference = array([0.5, 0.25, 0.125]);
const scaledRef = reference.astype("float64");
scaledRef.imul(4);
console.log("reference:", reference.tolist(), "scaled:", scaledRef.tolist());
