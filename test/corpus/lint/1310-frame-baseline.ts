// Compares incoming camera frames against a module-level baseline frame and keeps a running average of the scene.
import { array, zeros, NDArray } from "ndalias";

const WIDTH = 5;
const MOTION_THRESHOLD = 0.15;

let frame: NDArray = zeros(WIDTH);
let baseline: NDArray = frame;
let average: NDArray = zeros(WIDTH);
let framesSeen = 0;

function ingest(pixels: number[]): number {
  if (pixels.length !== WIDTH) {
    throw new Error(`expected ${WIDTH} pixels, got ${pixels.length}`);
  }
  frame = array(pixels);
  frame.imul(1 / 255);
  const diff = frame.sub(baseline);
  let change = 0;
  for (let i = 0; i < diff.size; i++) {
    change += Math.abs(diff.get(i));
  }
  return change / WIDTH;
}

function accumulate(): void {
  average = average.mul(framesSeen).add(frame).div(framesSeen + 1);
  framesSeen++;
}

function rebaseline(): void {
  baseline = frame;
}

function brightestPixel(): number {
  let work: NDArray = frame;
  work = work.mul(255);
  work.iadd(0.5);
  return Math.floor(work.max());
}

function contrast(): number {
  let stretched = frame.sub(frame.min());
  const range = stretched.max();
  if (range > 0) {
    stretched = stretched.div(range);
  }
  return stretched.mean();
}

function resetScene(): void {
  frame = zeros(WIDTH);
  baseline = zeros(WIDTH);
  average = zeros(WIDTH);
  framesSeen = 0;
}

const stream = [
  [10, 12, 11, 200, 13],
  [11, 12, 10, 198, 14],
  [90, 95, 12, 199, 13],
  [92, 96, 11, 201, 12],
  [12, 10, 11, 200, 250],
];

const initialBaseline = baseline;
console.log("initial baseline total:", initialBaseline.sum());

for (const pixels of stream) {
  const change = ingest(pixels);
  accumulate();
  const moving = change > MOTION_THRESHOLD;
  console.log(
    `change ${change.toFixed(3)}${moving ? " (motion)" : ""}, brightest ${brightestPixel()}, ` +
      `contrast ${contrast().toFixed(3)}`,
  );
  if (moving) {
    rebaseline();
  }
}

console.log("running average:", average.tolist());
console.log("current baseline:", baseline.tolist());

resetScene();
baseline.fill(0.05);
baseline.set(3, 0.8);
frame.fill(0.05);
console.log("after reset, frame vs baseline change:", Math.abs(frame.sub(baseline).sum()).toFixed(3));
console.log("first baseline was all zero:", initialBaseline.max() === 0);
