// Telemetry fan-in with one preallocated frame per channel in a Map: each tick overwrites the frame, publishes it with its delta, and clears dirty channels.
import { array, zeros, NDArray } from "ndalias";

const WIDTH = 4;
const frames = new Map<number, NDArray>();
const dirty = new Set<number>();
const published: string[] = [];

function frameFor(channel: number): NDArray {
  let frame = frames.get(channel);
  if (frame === undefined) {
    frame = zeros(WIDTH);
    frames.set(channel, frame);
  }
  return frame;
}

function publish(channel: number, frame: NDArray, delta: NDArray): void {
  const fmt = (x: NDArray) => (x.tolist() as number[]).map((v) => v.toFixed(2)).join(",");
  published.push(`ch${channel} [${fmt(frame)}] d[${fmt(delta)}]`);
}

function ingest(channel: number, reading: number[], gain: number, bias: number): void {
  const frame = frameFor(channel);
  const previous = frame.copy();
  frame.assign(":", array(reading));
  const delta = frame.sub(previous);
  dirty.add(channel);

  let calibrated: NDArray = frame;
  console.log(`ch${channel} raw peak ${calibrated.max().toFixed(2)}`);
  calibrated = calibrated.mul(gain);
  calibrated.iadd(bias);

  publish(channel, calibrated, delta);
  if (frame.max() > 10) {
    console.log(`ch${channel} raw frame over range:`, frame.tolist());
  }
}

function clearDirty(threshold: number): void {
  for (const channel of dirty) {
    const frame = frames.get(channel);
    if (frame !== undefined && frame.max() < threshold) {
      frame.fill(0);
      dirty.delete(channel);
    }
  }
}

function totals(): Map<number, number> {
  const out = new Map<number, number>();
  for (const [channel, frame] of frames) {
    out.set(channel, frame.sum());
  }
  return out;
}

const ticks: Array<[number, number[]]> = [
  [1, [0.5, 0.6, 0.7, 0.8]],
  [2, [3.0, 2.5, 2.0, 1.5]],
  [1, [0.6, 0.6, 0.9, 1.2]],
  [3, [9.0, 11.0, 10.5, 8.0]],
  [2, [3.1, 2.4, 2.2, 1.0]],
];

for (const [channel, reading] of ticks) {
  ingest(channel, reading, 2.0, -0.5);
}

for (const line of published) {
  console.log(line);
}

clearDirty(5);
console.log("dirty channels left:", [...dirty].join(", "));
for (const [channel, total] of totals()) {
  console.log(`channel ${channel} total ${total.toFixed(2)}`);
}

const merged = zeros(WIDTH);
for (const frame of frames.values()) {
  merged.iadd(frame);
}
console.log("merged frame:", merged.tolist());
