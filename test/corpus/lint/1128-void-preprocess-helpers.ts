// Image preprocessing with in-place void helpers (clamp, border blanking, gamma, per-plane gain) driven by a small event-based frame pipeline.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

// Clamps every pixel of the image to [lo, hi], in place.
function clampInPlace(img: NDArray, lo: number, hi: number): void {
  const flat = img.ravel();
  for (let i = 0; i < flat.size; i++) {
    flat.set(i, Math.min(hi, Math.max(lo, flat.get(i))));
  }
}

// Blanks a border of the given width on all four sides, in place.
function blankBorder(img: NDArray, width: number, value = 0): void {
  const top = img.slice(`:${width}, :`);
  top.fill(value);
  const bottom = img.slice(`-${width}:, :`);
  bottom.fill(value);
  const cols = img.T;
  cols.slice(`:${width}, :`).fill(value);
  cols.slice(`-${width}:, :`).fill(value);
}

// Applies a gamma curve to an 8-bit-range image, in place, through its backing buffer (the image owns contiguous data).
function gammaInPlace(img: NDArray, gamma: number): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[img.offset + i] as number;
    img.data[img.offset + i] = 255 * Math.pow(v / 255, gamma);
  }
}

// Mirrors the image left-right, in place.
function mirrorInPlace(img: NDArray): void {
  const mirrored = img.flip(1).copy();
  img.assign(":", mirrored);
}

function stats(label: string, img: NDArray): void {
  console.log(`${label}: min ${img.min().toFixed(1)} max ${img.max().toFixed(1)} mean ${img.mean().toFixed(2)}`);
}

const frame = array([
  [300, 12, 40, 41, 38, 10],
  [11, 120, 130, 128, 125, 9],
  [10, 118, -20, 131, 127, 12],
  [12, 122, 129, 133, 126, 11],
  [9, 119, 128, 130, 124, 10],
  [13, 11, 10, 12, 9, 8],
]);
stats("raw", frame);

clampInPlace(frame, 0, 255);
stats("clamped", frame);

blankBorder(frame, 1);
stats("border blanked", frame);

gammaInPlace(frame, 0.8);
stats("gamma 0.8", frame);

mirrorInPlace(frame);
console.log("mirrored first inner row:", frame.slice(1).tolist());

// Per-plane white balance on an RGB image stored as three separate planes.
const red = zeros([2, 2]);
const green = zeros([2, 2]);
const blue = zeros([2, 2]);
red.fill(90);
green.fill(110);
blue.fill(70);
const planes = [red, green, blue];
const wbGains = [1.2, 1.0, 1.5];
planes.forEach((plane, c) => plane.imul(wbGains[c]));
console.log("balanced plane means:", planes.map((p) => p.mean().toFixed(1)).join(" / "));
console.log("red after balance:", red.tolist());

// A tiny frame pipeline: listeners post-process each frame in place before it is displayed.
const pipeline = new EventEmitter();
pipeline.on("frame", (img: NDArray) => clampInPlace(img, 0, 200));
pipeline.on("frame", (img: NDArray) => img.imul(0.5));
pipeline.on("frame", (img: NDArray) => {
  blankBorder(img, 1, 255);
});

const incoming = array([
  [10, 250, 30, 40],
  [50, 260, 70, 80],
  [90, 100, 310, 120],
  [130, 140, 150, 160],
]);
pipeline.emit("frame", incoming);
stats("pipeline output", incoming);
console.log("pipeline output:", incoming.tolist());
