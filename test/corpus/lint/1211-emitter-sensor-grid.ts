// Streams sensor frames over an EventEmitter into a calibration grid, applies offset and gain events, and reports the grid.
import { array, zeros, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const ROWS = 4;
const CHANNELS = 3;

const grid = zeros([ROWS, CHANNELS]);
const bus = new EventEmitter();
let received = 0;
let dropped = 0;

function isFrame(value: unknown): value is NDArray {
  return value instanceof Object && "shape" in value && "strides" in value;
}

bus.on("frame", (frame: NDArray) => {
  if (frame.size !== CHANNELS) {
    dropped++;
    return;
  }
  frame.imul(0.001);
  grid.assign(`${received % ROWS}`, frame);
  received++;
});

bus.on("gain", (gain: number) => {
  grid.slice(":, 0").imul(gain);
});

bus.on("offset", (offset: number) => {
  const active = grid.slice(":, 1:");
  active.isub(offset); // expect: no-view-mutation
  console.log("active channels after offset:", active.mean().toFixed(4));
});

bus.on("snapshot", (label: string) => {
  const snap = grid.copy();
  snap.imul(100);
  console.log(`${label} (percent of full scale):`, snap.tolist());
});

bus.on("report", () => {
  const rowMeans: number[] = [];
  for (let r = 0; r < ROWS; r++) {
    rowMeans.push(grid.slice(r).mean());
  }
  console.log(
    "row means:",
    rowMeans.map((m) => m.toFixed(4)).join(" "),
    "received:",
    received,
    "dropped:",
    dropped,
  );
});

function publish(raw: number[][]): void {
  for (const values of raw) {
    const frame = array(values);
    bus.emit("frame", frame);
    if (isFrame(frame)) {
      console.log("frame after handler scaling:", frame.tolist());
    }
  }
}

function peakChannel(): number {
  let best = 0;
  let bestValue = -Infinity;
  for (let c = 0; c < CHANNELS; c++) {
    const total = grid.slice(":", c).sum();
    if (total > bestValue) {
      bestValue = total;
      best = c;
    }
  }
  return best;
}

publish([
  [1200, 800, 950],
  [1100, 790, 1010],
  [1300, 820],
  [1250, 805, 990],
]);

bus.emit("snapshot", "before calibration");
bus.emit("gain", 1.05);
bus.emit("offset", 0.02);
bus.emit("report");

console.log("peak channel:", peakChannel());
console.log("calibrated grid:", grid.tolist());
console.log("grid total:", grid.sum().toFixed(4));
