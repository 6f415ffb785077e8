// Sensor hub: listeners on a node EventEmitter get a fresh reading per event, read it, then calibrate an alias or a view of it in place; a flush pass clears per-channel buffers through Map.forEach.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const hub = new EventEmitter();
const offsets = array([0.1, -0.2, 0.05]);
const latest = zeros(3);
const peaks: number[] = [];

hub.on("reading", (sample: NDArray) => {
  peaks.push(sample.max());
  const calibrated = sample;
  calibrated.isub(offsets);
});

hub.on("reading", (sample: NDArray) => {
  const planar = sample.slice(":2");
  const norm = Math.sqrt(planar.mul(planar).sum());
  if (norm > 0) planar.idiv(norm);
});

hub.on("reading", (sample: NDArray) => {
  latest.assign(":", sample);
});

function readSensor(t: number): NDArray {
  return array([Math.sin(t), Math.cos(t), t / 10]);
}

for (let t = 0; t < 5; t++) {
  const sample = readSensor(t);
  const heading = Math.atan2(sample.get(0), sample.get(1));
  hub.emit("reading", sample);
  console.log(`t=${t} heading=${heading.toFixed(3)} latest=${JSON.stringify(latest.tolist())}`);
}
console.log("raw peaks:", peaks.map((p) => p.toFixed(2)).join(", "));

const buffers = new Map<string, NDArray>([
  ["accel", array([0.3, 0.1, 9.7])],
  ["gyro", array([0.01, -0.02, 0.0])],
  ["mag", array([22, -5, 41])],
]);
const flushed: Record<string, number> = {};
buffers.forEach((buf, channel) => {
  flushed[channel] = buf.sum();
  const pending = buf;
  pending.fill(0);
});
console.log("flushed totals:", flushed);

const handlers: Record<string, (frame: NDArray) => void> = {
  mute: (frame) => {
    const tail = frame.slice("1:");
    tail.fill(0);
  },
  boost: (frame) => {
    frame.imul(2);
  },
};
for (const name of Object.keys(handlers)) {
  const frame = array([1, 2, 3]);
  const before = frame.sum();
  handlers[name](frame);
  console.log(`${name}: ${before} -> ${frame.sum()}`);
}
