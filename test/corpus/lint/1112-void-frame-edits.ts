// Frame preprocessing: void helpers clamp, border and stamp frames in place; regions are viewed only after the edits.
import { array, zeros, NDArray } from "ndalias";

/** Clamps every pixel of a 2-D frame into [lo, hi] in place. */
function clampInPlace(img: NDArray, lo: number, hi: number): void {
  const [h, w] = img.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const v = img.get(r, c);
      if (v < lo) img.set([r, c], lo);
      else if (v > hi) img.set([r, c], hi);
    }
  }
}

/** Zeroes the one-pixel border of a frame in place. */
function zeroBorder(img: NDArray): void {
  const [h, w] = img.shape;
  img.slice(0).fill(0);
  img.slice(h - 1).fill(0);
  img.slice(":", 0).fill(0);
  img.slice(":", w - 1).fill(0);
}

/** Draws a cross through (r, c) in place, for alignment marks. */
function stampCross(img: NDArray, r: number, c: number, v: number): void {
  const row = img.slice(r);
  const col = img.slice(":", c);
  row.fill(v);
  col.fill(v);
}

/** Subtracts the frame mean in place. */
function centreInPlace(img: NDArray): void {
  img.isub(img.mean());
}

function describe(name: string, img: NDArray): void {
  console.log(`${name}: sum=${img.sum().toFixed(1)} min=${img.min()} max=${img.max()}`);
}

function interiorMean(img: NDArray): number {
  const [h, w] = img.shape;
  return img.slice(`1:${h - 1}, 1:${w - 1}`).mean();
}

const frame = array([
  [300, 12, 40, 7, 90],
  [15, 260, 33, 41, 8],
  [22, 18, 255, 64, 3],
  [9, 70, 31, 280, 11],
]);

clampInPlace(frame, 0, 255);
zeroBorder(frame);
describe("cleaned", frame);

// Regions are named after the edits, so they see the edited values by design.
const interior = frame.slice("1:3, 1:4");
const diagonalBand = frame.slice("1:3, 1:3");
console.log("interior:", interior.tolist(), "band mean:", diagonalBand.mean());
console.log("interior mean (helper):", interiorMean(frame));

// A batch of blank calibration frames, each filled by a void callback.
const calibration = [zeros([3, 3]), zeros([3, 3]), zeros([3, 3])];
calibration.forEach((f, k) => f.fill(10 * (k + 1)));
calibration.forEach((f) => {
  stampCross(f, 1, 1, 0);
});
calibration.forEach((f, k) => describe(`calibration ${k}`, f));

// The NumPy-style region idiom on the working frame.
const work = frame.copy();
work.slice("1:3, 1:4").imul(2);
work.slice(":, -1").fill(1);
centreInPlace(work);
describe("work", work);
console.log("frame untouched by work:", frame.get(1, 1), "work:", work.get(1, 1).toFixed(2));

// Marks on the original are drawn last, then a thumbnail is cut from it.
stampCross(frame, 2, 2, 128);
const thumbnail = frame.slice("::2, ::2");
console.log("thumbnail:", thumbnail.tolist(), "frame total:", frame.sum());

// Per-row normalisation through a void helper applied row by row.
const rows = array([
  [1, 2, 3],
  [4, 4, 4],
  [0, 5, 10],
]);
for (let r = 0; r < rows.shape[0]; r++) {
  centreInPlace(rows.slice(r));
}
console.log("row-centred:", rows.tolist());
