// Windowed overlap-add resynthesis: the input is cut into Hann-windowed frames that are accumulated into the output and normalised by the window sum.
// runnable
import { linspace, zeros, NDArray } from "ndalias";

const FRAME = 8;
const HOP = 4;

function hann(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
  }
  return w;
}

function frameAt(signal: NDArray, index: number): NDArray {
  const start = index * HOP;
  return signal.slice(`${start}:${start + FRAME}`);
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function frameCount(length: number): number {
  if (length < FRAME) return 0;
  return Math.floor((length - FRAME) / HOP) + 1;
}

const input = linspace(-1, 1, 32);
const window = hann(FRAME);
const output = zeros(input.size);
const weight = zeros(input.size);
const frames = frameCount(input.size);
let skipped = 0;

for (let k = 0; k < frames; k++) {
  const frame = frameAt(input, k);
  if (rms(frame) < 1e-6) {
    skipped++;
    continue;
  }
  frame.imul(window); // expect: no-view-mutation
  output.slice(`${k * HOP}:${k * HOP + FRAME}`).iadd(frame);
  weight.slice(`${k * HOP}:${k * HOP + FRAME}`).iadd(window);
}

for (let i = 0; i < weight.size; i++) {
  if (weight.get(i) < 1e-3) weight.set(i, 1);
}
output.idiv(weight);

console.log("frames:", frames, "skipped:", skipped);
console.log("dry rms:", rms(input).toFixed(4));
console.log("wet rms:", rms(output).toFixed(4));
console.log("output:", output.tolist());
