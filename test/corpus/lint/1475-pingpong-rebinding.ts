// Multi-pass FIR smoother and send/return bus: work buffers are rebound or swapped so each pass reads the previous one.
import { array, zeros, NDArray } from "ndalias";

const TAPS = array([0.25, 0.5, 0.25]);

function firPass(input: NDArray, output: NDArray): void {
  const n = input.size;
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let k = 0; k < TAPS.size; k++) {
      const j = Math.min(n - 1, Math.max(0, i + k - 1));
      acc += TAPS.get(k) * input.get(j);
    }
    output.set(i, acc);
  }
}

export function smooth(signal: NDArray, passes: number): NDArray {
  let front = signal.copy();
  let back = zeros(signal.size);
  for (let p = 0; p < passes; p++) {
    firPass(front, back);
    [front, back] = [back, front];
  }
  return front;
}

export function decimateOctaves(signal: NDArray, octaves: number): NDArray {
  let level = signal;
  for (let o = 0; o < octaves; o++) {
    const filtered = zeros(level.size);
    firPass(level, filtered);
    level = filtered.slice("::2");
  }
  return level.copy();
}

export function sendReturn(dry: NDArray, sendLevel: number, returnLevel: number): NDArray {
  let bus: NDArray = dry;
  bus = bus.mul(sendLevel);
  bus.imul(returnLevel);
  const out = dry.add(bus);
  return out;
}

export function stagedGain(block: NDArray, stagesDb: number[]): NDArray {
  let stage = block;
  for (const db of stagesDb) {
    stage = stage.mul(Math.pow(10, db / 20));
    stage.isub(stage.mean() * 0.01);
  }
  return stage;
}

export function crossfade(a: NDArray, b: NDArray, steps: number): NDArray[] {
  const frames: NDArray[] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    let frame = a;
    frame = frame.mul(1 - t);
    frame.iadd(b.mul(t));
    frames.push(frame);
  }
  return frames;
}

const impulse = zeros(9);
impulse.set(4, 1);

const smoothed = smooth(impulse, 3);
const withSend = sendReturn(smoothed, 0.5, 0.8);
const gained = stagedGain(withSend, [-3, -3, 6]);
const fades = crossfade(impulse, smoothed, 4);
const coarse = decimateOctaves(smoothed, 2);

let meterBlock = gained;
meterBlock = meterBlock.copy();
meterBlock.imul(100);

console.log("impulse:", impulse.tolist());
console.log("smoothed:", smoothed.tolist());
console.log("with send:", withSend.tolist());
console.log("staged gain:", gained.tolist());
console.log("meter (%):", meterBlock.tolist());
console.log("two octaves down:", coarse.tolist());
fades.forEach((f, i) => console.log(`fade ${i}:`, f.sum().toFixed(3)));
