// In-place block processors (gain, DC removal, soft clip, fade-in) run by the host on each voice buffer and on block events.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

function applyGain(block: NDArray, gainDb: number): void {
  block.imul(Math.pow(10, gainDb / 20));
}

function removeDc(block: NDArray): void {
  if (block.size === 0) return;
  block.isub(block.mean());
}

function softClip(block: NDArray, threshold: number): void {
  for (let i = 0; i < block.size; i++) {
    const x = block.data[i] as number;
    if (Math.abs(x) > threshold) {
      const over = Math.abs(x) - threshold;
      block.data[i] = Math.sign(x) * (threshold + over / (1 + over));
    }
  }
}

function fadeIn(block: NDArray, length: number): void {
  const n = Math.min(length, block.size);
  if (n === 0) return;
  const head = block.slice(`0:${n}`);
  for (let i = 0; i < n; i++) {
    head.set(i, Number(head.get(i)) * (i / n));
  }
}

function mute(channels: NDArray, channel: number): void {
  const lane = channels.slice(channel);
  lane.fill(0);
}

function peak(block: NDArray): number {
  return Math.max(block.max(), -block.min());
}

function show(label: string, block: NDArray): void {
  const values = block.tolist() as number[];
  console.log(label.padEnd(10), values.map((v) => v.toFixed(3).padStart(7)).join(""));
}

const voices: NDArray[] = [
  array([0.4, 0.9, 1.3, 0.8, -0.2, -1.1, -0.7, 0.1]),
  array([0.2, 0.25, 0.3, 0.35, 0.3, 0.25, 0.2, 0.15]),
  array([-0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5]),
];

voices.forEach((v) => v.imul(0.9));
voices.forEach((v) => {
  removeDc(v);
  softClip(v, 0.8);
});
fadeIn(voices[1], 4);
applyGain(voices[2], -6);

voices.forEach((v, i) => show(`voice ${i}`, v));

const bus = zeros(8);
for (const v of voices) bus.iadd(v);
applyGain(bus, -3);
show("bus", bus);
console.log("bus peak:", peak(bus).toFixed(3));

// Multichannel output: one row per speaker; the centre speaker is muted for this cue.
const speakers = array([
  [0.1, 0.2, 0.3, 0.4],
  [0.5, 0.5, 0.5, 0.5],
  [0.4, 0.3, 0.2, 0.1],
]);
mute(speakers, 1);
console.log("speakers:", speakers.tolist());

// The host emits each incoming block; listeners process it in place before it is recorded.
const host = new EventEmitter();
const recorded: number[][] = [];
host.on("block", (block: NDArray) => removeDc(block));
host.on("block", (block: NDArray) => block.imul(2));
host.on("block", (block: NDArray) => {
  softClip(block, 0.9);
});
host.on("block", (block: NDArray) => {
  recorded.push(block.tolist() as number[]);
});

for (let k = 0; k < 3; k++) {
  const incoming = array([0.1 * k, 0.6, -0.3, 0.45 + 0.1 * k]);
  host.emit("block", incoming);
  show(`in ${k}`, incoming);
}
console.log("recorded blocks:", recorded.length, "first:", recorded[0]);
