// Camera pipeline: in-place filters registered as frame handlers, applied by forEach over a burst of frames, then the burst is merged.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

type Filter = (frame: NDArray) => void;

/** Subtracts the sensor's black level in place. */
function blackLevel(frame: NDArray, level: number): void {
  frame.isub(level);
  for (let i = 0; i < frame.size; i++) {
    if ((frame.data[i] as number) < 0) frame.data[i] = 0;
  }
}

/** Repairs known hot pixels in place by averaging their horizontal neighbours. */
function repairHotPixels(frame: NDArray, hot: Array<[number, number]>): void {
  const w = frame.shape[1];
  for (const [y, x] of hot) {
    const left = x > 0 ? frame.get(y, x - 1) : frame.get(y, x + 1);
    const right = x < w - 1 ? frame.get(y, x + 1) : frame.get(y, x - 1);
    frame.set([y, x], (left + right) / 2);
  }
}

/** Darkens the outer ring of the frame in place (a cheap vignette). */
function vignette(frame: NDArray, strength: number): void {
  frame.slice(-1).imul(1 - strength);
  frame.slice("1:-1, 0").imul(1 - strength);
  frame.slice("1:-1, -1").imul(1 - strength);
  const topRow = frame.slice(0);
  topRow.imul(1 - strength);
}

const pipeline: Filter[] = [
  (f) => blackLevel(f, 0.05),
  (f) => repairHotPixels(f, [[1, 2]]),
  (f) => vignette(f, 0.2),
];

const burst: NDArray[] = [
  array([[0.30, 0.32, 0.31, 0.29], [0.35, 0.40, 0.99, 0.33], [0.30, 0.31, 0.34, 0.28]]),
  array([[0.28, 0.33, 0.30, 0.31], [0.36, 0.41, 0.97, 0.35], [0.29, 0.30, 0.33, 0.30]]),
  array([[0.31, 0.30, 0.32, 0.30], [0.34, 0.39, 0.98, 0.34], [0.31, 0.32, 0.35, 0.29]]),
];

// every filter writes the frame it is given, on purpose
burst.forEach((frame) => pipeline.forEach((filter) => filter(frame)));

// a forEach callback with an expression body: its caller expects void
burst.forEach((frame) => frame.imul(1.1));

// an event-driven preview: the handler normalises the frame it receives
const camera = new EventEmitter();
const previewLog: string[] = [];
camera.on("frame", (frame: NDArray) => {
  frame.idiv(Math.max(frame.max(), 1e-9));
  previewLog.push(frame.mean().toFixed(3));
});
camera.on("reset", (frame: NDArray) => frame.fill(0));

function mergeBurst(frames: NDArray[]): NDArray {
  const acc = zeros(frames[0].shape);
  for (const f of frames) acc.iadd(f);
  acc.idiv(frames.length);
  return acc;
}

const merged = mergeBurst(burst);
console.log("merged:", merged.tolist());

const preview = merged.copy();
camera.emit("frame", preview);
console.log("preview mean log:", previewLog.join(", "));
console.log("preview max:", preview.max().toFixed(3), "merged max:", merged.max().toFixed(3));

const scratch = zeros(merged.shape);
scratch.assign("...", merged);
camera.emit("reset", scratch);
console.log("scratch after reset:", scratch.sum());
console.log("burst means:", burst.map((f) => f.mean().toFixed(3)).join(" "));
