// Foreground extraction on a short grayscale clip stored as (1, T, H, W): squeezes the batch axis, subtracts a temporal-mean background, and scores a keyframe.
import { zeros, NDArray } from "ndalias";

const T = 4;
const H = 5;
const W = 5;

function synthClip(): NDArray {
  const clip = zeros([1, T, H, W]);
  for (let t = 0; t < T; t++) {
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const background = 20 + 3 * y;
        const objectHere = x === t + 1 && y >= 1 && y <= 3;
        clip.set([0, t, y, x], background + (objectHere ? 60 : 0));
      }
    }
  }
  return clip;
}

// Temporal mean of a (T, H, W) stack, into a new (H, W) array.
function temporalMean(stack: NDArray): NDArray {
  const acc = zeros([stack.shape[1], stack.shape[2]]);
  for (let t = 0; t < stack.shape[0]; t++) {
    acc.iadd(stack.slice(t));
  }
  acc.idiv(stack.shape[0]);
  return acc;
}

// Stand-in for a detector that takes a (N, H, W) batch and returns a confidence.
function scoreBatch(batch: NDArray): number {
  if (batch.ndim !== 3) throw new Error(`expected (N, H, W), got ndim=${batch.ndim}`);
  const contrast = batch.max() - batch.min();
  return Math.min(1, contrast / 255);
}

function encodeClip(clip: NDArray): string {
  const values = clip.tolist() as number[][][][];
  let checksum = 0;
  values[0].forEach((frame, t) => frame.forEach((row) => row.forEach((v) => (checksum = (checksum * 31 + v * (t + 1)) % 1000003))));
  return `clip ${clip.shape.join("x")} checksum ${checksum}`;
}

function printFrame(label: string, frame: NDArray): void {
  const rows = frame.tolist() as number[][];
  console.log(label);
  for (const r of rows) console.log("  " + r.map((v) => v.toFixed(0).padStart(4)).join(""));
}

const clip = synthClip();
const frames = clip.squeeze();
console.log("clip shape:", clip.shape, "frames shape:", frames.shape);

for (let t = 0; t < T; t++) {
  console.log(`frame ${t} mean:`, frames.slice(t).mean().toFixed(2));
}

// A keyframe for the detector, taken as a copy so the clip is not involved.
const keyframe = frames.slice(1).copy();
const keyBatch = keyframe.expandDims(0);

// A mirrored thumbnail is built in its own memory.
const thumb = frames.slice(2).flip(1).copy();
thumb.imul(0.5);
printFrame("mirrored half-brightness thumbnail:", thumb);

const background = temporalMean(frames);
printFrame("background estimate:", background);

// Foreground masks, one per frame.
for (let t = 0; t < T; t++) {
  const fg = frames.slice(t);
  fg.isub(background); // expect: no-view-mutation
  printFrame(`foreground ${t}:`, fg);
}

// Brighten the keyframe for the preview strip, then run the detector on the batch.
keyframe.imul(1.5); // expect: no-view-mutation
printFrame("keyframe preview:", keyframe);
console.log("detector confidence:", scoreBatch(keyBatch).toFixed(3));

// Archive the original clip.
console.log(encodeClip(clip));
