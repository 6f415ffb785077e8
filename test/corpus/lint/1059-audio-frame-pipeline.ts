// An event-driven audio pipeline: frame handlers apply gain, remove DC and mute channels in place, and a meter reports levels.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Meter {
  frames: number;
  peak: NDArray;
  energy: NDArray;
}

const CHANNELS = 2;
const meter: Meter = { frames: 0, peak: zeros(CHANNELS), energy: zeros(CHANNELS) };
const muted = new Set<number>();
const bus = new EventEmitter();

function removeDc(frame: NDArray): void {
  for (let ch = 0; ch < frame.shape[0]; ch++) {
    frame.slice(ch).isub(frame.slice(ch).mean());
  }
}

function softLimit(frame: NDArray, ceiling: number): void {
  for (let i = 0; i < frame.size; i++) {
    const v = frame.data[i] as number;
    frame.data[i] = Math.abs(v) > ceiling ? Math.sign(v) * ceiling : v;
  }
}

function channelPeak(frame: NDArray, ch: number): number {
  const row = frame.slice(ch);
  return Math.max(row.max(), -row.min());
}

// Stage 1: gain. An expression-bodied listener still has a void-typed contract.
let gain = 2;
bus.on("frame", (frame: NDArray) => frame.imul(gain));

// Stage 2: DC removal and limiting, in place.
bus.on("frame", (frame: NDArray) => {
  removeDc(frame);
  softLimit(frame, 1.5);
});

// Stage 3: mute the channels the user switched off.
bus.on("frame", (frame: NDArray) => {
  muted.forEach((ch) => frame.slice(ch).fill(0));
});

// Stage 4: metering into the module-level meter through its own paths.
bus.on("frame", (frame: NDArray) => {
  meter.frames++;
  for (let ch = 0; ch < CHANNELS; ch++) {
    const p = channelPeak(frame, ch);
    if (p > meter.peak.get(ch)) meter.peak.set(ch, p);
  }
  meter.energy.iadd(frame.mul(frame).sum() / frame.size);
});

const frames = [
  array([[0.1, 0.4, -0.2, 0.3], [0.5, 0.5, 0.6, 0.4]]),
  array([[0.9, -0.8, 0.7, -0.6], [0.2, 0.1, 0.0, 0.3]]),
  array([[0.0, 0.1, 0.0, -0.1], [1.2, 1.1, 0.9, 1.0]]),
];

const resetHandlers: Array<() => void> = [];
for (let ch = 0; ch < CHANNELS; ch++) {
  resetHandlers.push(() => meter.peak.slice(`${ch}:${ch + 1}`).fill(0));
}

for (const [index, frame] of frames.entries()) {
  if (index === 2) {
    muted.add(1);
    gain = 1;
  }
  const inputLevel = frame.mul(frame).mean();
  bus.emit("frame", frame);
  console.log(`frame ${index}: in=${inputLevel.toFixed(3)} out=${frame.mul(frame).mean().toFixed(3)}`);
  console.log("  samples:", frame.tolist());
}

console.log("frames metered:", meter.frames);
console.log("peaks:", meter.peak.tolist(), "energy:", meter.energy.tolist());
resetHandlers[0]();
console.log("peaks after resetting channel 0:", meter.peak.tolist());

frames.forEach((frame) => frame.fill(0));
const silence = frames.map((frame) => frame.sum());
console.log("cleared frames sum to:", silence.join(", "));
