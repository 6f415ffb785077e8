// Quantises the first 8x8 DCT block of a coefficient plane for a preview, handles the next block on a copy, and reports the plane's SNR.
// runnable
import { array, zeros, NDArray } from "ndalias";

const WIDTH = 16;
const HEIGHT = 16;

const LUMA_Q = array([
  [16, 11, 10, 16, 24, 40, 51, 61],
  [12, 12, 14, 19, 26, 58, 60, 55],
  [14, 13, 16, 24, 40, 57, 69, 56],
  [14, 17, 22, 29, 51, 87, 80, 62],
  [18, 22, 37, 56, 68, 109, 103, 77],
  [24, 35, 55, 64, 81, 104, 113, 92],
  [49, 64, 78, 87, 103, 121, 120, 101],
  [72, 92, 95, 98, 112, 100, 103, 99],
]);

function synthPlane(w: number, h: number): NDArray {
  const f = zeros([h, w]);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const u = r % 8;
      const v = c % 8;
      f.set([r, c], u + v === 0 ? 640 : Math.round(((u + 2 * v) % 3 === 0 ? -1 : 1) * 180 / (1 + u * u + v * v)));
    }
  }
  return f;
}

function snrDb(reference: NDArray, test: NDArray): number {
  const diff = reference.sub(test);
  const noise = diff.mul(diff).sum();
  return noise === 0 ? Infinity : 10 * Math.log10(reference.mul(reference).sum() / noise);
}

function countNonzero(coeffs: NDArray): number {
  let n = 0;
  for (let i = 0; i < coeffs.shape[0]; i++) {
    for (let j = 0; j < coeffs.shape[1]; j++) {
      if (Math.round(coeffs.get(i, j)) !== 0) n++;
    }
  }
  return n;
}

const source = synthPlane(WIDTH, HEIGHT);
const plane = source.copy();

// Block (0, 0): quick look at how many coefficients survive quantisation.
const block = plane.slice("0:8, 0:8");
console.log("block DC before quantisation:", block.get(0, 0));
block.idiv(LUMA_Q); // expect: no-view-mutation
const preview = block.copy();
for (let i = 0; i < 8; i++) {
  for (let j = 0; j < 8; j++) {
    preview.set([i, j], Math.round(preview.get(i, j)));
  }
}
console.log("surviving coefficients in block (0,0):", countNonzero(preview));

// Block (0, 1): same analysis, done on an explicit copy.
const nextBlock = plane.slice("0:8, 8:16").copy();
nextBlock.idiv(LUMA_Q);
console.log("surviving coefficients in block (0,1):", countNonzero(nextBlock));

console.log("plane SNR against source:", snrDb(source, plane).toFixed(2), "dB");
console.log("plane total:", plane.sum());
