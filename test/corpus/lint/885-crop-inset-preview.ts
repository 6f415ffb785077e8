// Image preview tool: renders a grayscale test card, builds a thumbnail and a brightened zoom inset, and prints frame statistics.
// runnable
import { zeros, NDArray } from "ndalias";

const HEIGHT = 6;
const WIDTH = 8;

function testCard(height: number, width: number): NDArray {
  const card = zeros([height, width]);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      card.set([y, x], ((x + y) % 4) * 0.2 + 0.1);
    }
  }
  return card;
}

function describe(label: string, img: NDArray): void {
  const mean = img.mean().toFixed(3);
  const lo = img.min().toFixed(3);
  const hi = img.max().toFixed(3);
  console.log(`${label.padEnd(18)} shape=${img.shape.join("x")} mean=${mean} min=${lo} max=${hi}`);
}

function clampFrame(img: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    img.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

function rowProfile(img: NDArray): number[] {
  const profile: number[] = [];
  for (let y = 0; y < img.shape[0]; y++) {
    profile.push(Number(img.slice(y).mean().toFixed(3)));
  }
  return profile;
}

function columnProfile(img: NDArray): number[] {
  const profile: number[] = [];
  for (let x = 0; x < img.shape[1]; x++) {
    profile.push(Number(img.slice(":", x).mean().toFixed(3)));
  }
  return profile;
}

// --- frame setup -----------------------------------------------------------
const frame = testCard(HEIGHT, WIDTH);
frame.slice(-1).fill(1.0);
frame.slice(":", 0).fill(0.0);
clampFrame(frame, 0, 1);
describe("frame", frame);

// --- thumbnail: an independent half-resolution copy --------------------------
const thumb = frame.slice("::2, ::2").copy();
thumb.imul(0.5);
thumb.iadd(0.25);
describe("thumbnail", thumb);
console.log("thumbnail rows:", rowProfile(thumb));

// --- zoom inset: a brightened patch shown next to the frame ---------------
const inset = frame.slice("2:4, 3:7");
const insetGain = 1.8;
inset.imul(insetGain); // expect: no-view-mutation
describe("zoom inset", inset);

// --- frame statistics used by the exposure meter ----------------------------
describe("frame (meter)", frame);
console.log("row profile:   ", rowProfile(frame));
console.log("column profile:", columnProfile(frame));

const overExposed = frame.max() > 1.0;
console.log("over-exposed:", overExposed);

// --- report card: an unrelated fresh array written and printed ----------------
const report = zeros([2, 3]);
report.set([0, 0], frame.mean());
report.set([0, 1], frame.min());
report.set([0, 2], frame.max());
report.set([1, 0], thumb.mean());
report.set([1, 1], thumb.min());
report.set([1, 2], thumb.max());
console.log("report:", report.tolist());
