// Corrects camera sensor frames in place through forEach callbacks, pipeline stages typed as void and event listeners that modify the frames they receive.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

interface Stage {
  name: string;
  apply: (frame: NDArray) => void;
}

function clampInPlace(frame: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < frame.size; i++) {
    const v = frame.data[i] as number;
    frame.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

function zeroDeadPixels(frame: NDArray, dead: number[][]): void {
  for (const [r, c] of dead) frame.set([r, c], 0);
}

const frames = [
  array([[12, 14, 250], [13, 15, 16], [11, 300, 14]]),
  array([[22, 24, 20], [23, 25, 26], [21, 19, 24]]),
  array([[32, 34, 30], [33, -5, 36], [31, 29, 34]]),
];
const darkLevel = 10;

frames.forEach((f) => f.isub(darkLevel));
frames.forEach((f, i) => {
  f.imul(1 + 0.05 * i);
});

const pipeline: Stage[] = [
  { name: "clamp", apply: (frame) => clampInPlace(frame, 0, 255) },
  { name: "dead-pixels", apply: (frame) => zeroDeadPixels(frame, [[0, 2]]) },
  { name: "gain", apply: (frame) => frame.imul(1.2) },
];

const bus = new EventEmitter();
bus.on("frame", (frame: NDArray, exposure: number) => {
  frame.idiv(exposure);
});
bus.on("frame", (frame: NDArray) => {
  console.log(`frame received, mean ${frame.mean().toFixed(2)}`);
});

for (const frame of frames) {
  for (const stage of pipeline) stage.apply(frame);
  bus.emit("frame", frame, 2);
}

frames.forEach((f, i) => console.log(`frame ${i}:`, JSON.stringify(f.tolist())));
const total = frames.reduce((acc, f) => acc + f.sum(), 0);
console.log("total signal:", total.toFixed(1));
