// Renders a few frames of a blinking LED strip into two swapped frame buffers and compares the last frame with the first one.
// runnable
import { array, zeros, NDArray } from "ndalias";

const WIDTH = 6;
const FRAMES = 4;

function brightnessAt(pos: number, t: number): number {
  return (pos + t) % 3 === 0 ? 1 : 0.2;
}

function checksum(frame: NDArray): number {
  let acc = 0;
  for (let i = 0; i < frame.size; i++) {
    acc = (acc * 31 + Math.round(frame.get(i) * 10)) % 9973;
  }
  return acc;
}

function litCount(frame: NDArray): number {
  let n = 0;
  for (let i = 0; i < frame.size; i++) {
    if (frame.get(i) > 0.5) n++;
  }
  return n;
}

function show(label: string, frame: NDArray): void {
  const cells = frame.tolist() as number[];
  console.log(label.padEnd(8), cells.map((v) => (v > 0.5 ? "#" : ".")).join(""));
}

let front = zeros(WIDTH);
let back = zeros(WIDTH);
for (let i = 0; i < WIDTH; i++) {
  front.set(i, brightnessAt(i, 0));
}
show("frame 0", front);

// keep the first frame around for the comparison at the end
const firstFrame = front;
const firstChecksum = checksum(firstFrame);

for (let t = 1; t < FRAMES; t++) {
  for (let i = 0; i < WIDTH; i++) {
    back.set(i, brightnessAt(i, t)); // expect: no-alias-mutation
  }
  [front, back] = [back, front];
  show(`frame ${t}`, front);
}

const lastChecksum = checksum(front);
console.log("first frame lit:", litCount(firstFrame), "checksum", checksum(firstFrame), "was", firstChecksum);
console.log("last frame lit:", litCount(front), "checksum", lastChecksum);

// dim the frame that is on screen; only the front buffer is used from here on
const snapshot = front.copy();
front.imul(0.5);
show("dimmed", front);
console.log("dimmed total:", front.sum().toFixed(2), "undimmed total:", snapshot.sum().toFixed(2));

// map brightness levels to 8-bit values for the driver
const palette = array([0.1, 0.5, 1.0]);
const levels = palette.take([0, 2, 1]);
levels.imul(255);
console.log("driver levels:", levels.tolist());

// the spare buffer is rebuilt before it is used again
back = zeros(WIDTH);
for (let i = 0; i < WIDTH; i++) {
  back.set(i, i % 2);
}
show("stripes", back);

const blended = front.add(back);
blended.idiv(2);
show("blend", blended);
console.log("blend mean:", blended.mean().toFixed(3));

let brightest = 0;
for (let i = 1; i < blended.size; i++) {
  if (blended.get(i) > blended.get(brightest)) brightest = i;
}
console.log("brightest pixel of the blend:", brightest);
