// Configures high, low and medium quality JPEG encoders from the standard luminance table and quantises one DCT block with each.
import { array, NDArray } from "ndalias";

interface EncoderConfig {
  name: string;
  quality: number;
  qtable: NDArray;
}

const STD_LUMA = array([
  [16, 11, 10, 16, 24, 40, 51, 61],
  [12, 12, 14, 19, 26, 58, 60, 55],
  [14, 13, 16, 24, 40, 57, 69, 56],
  [14, 17, 22, 29, 51, 87, 80, 62],
  [18, 22, 37, 56, 68, 109, 103, 77],
  [24, 35, 55, 64, 81, 104, 113, 92],
  [49, 64, 78, 87, 103, 121, 120, 101],
  [72, 92, 95, 98, 112, 100, 103, 99],
]);

function scaleFactor(quality: number): number {
  const q = Math.min(100, Math.max(1, quality));
  return q < 50 ? 50 / q : (200 - 2 * q) / 100;
}

function quantise(coeffs: NDArray, qtable: NDArray): NDArray {
  const q = coeffs.div(qtable);
  for (let i = 0; i < 8; i++) {
    for (let j = 0; j < 8; j++) {
      q.set([i, j], Math.round(q.get(i, j)));
    }
  }
  return q;
}

function nonzeroCount(q: NDArray): number {
  let n = 0;
  for (const row of q.tolist() as number[][]) {
    for (const v of row) if (v !== 0) n++;
  }
  return n;
}

const high: EncoderConfig = { name: "high", quality: 90, qtable: STD_LUMA.mul(scaleFactor(90)) };
high.qtable.set([0, 0], 1);

const low: EncoderConfig = { name: "low", quality: 25, qtable: STD_LUMA };
low.qtable.imul(scaleFactor(low.quality)); // expect: no-alias-mutation

const medium: EncoderConfig = { name: "medium", quality: 60, qtable: STD_LUMA.mul(scaleFactor(60)) };

const dctBlock = array([
  [-415, -30, -61, 27, 56, -20, -2, 0],
  [4, -22, -61, 10, 13, -7, -9, 5],
  [-47, 7, 77, -25, -29, 10, 5, -6],
  [-49, 12, 34, -15, -10, 6, 2, 2],
  [12, -7, -13, -4, -2, 2, -3, 3],
  [-8, 3, 2, -6, -2, 1, 4, 2],
  [-1, 0, 0, -2, -1, -3, 4, -1],
  [0, 0, -1, -4, -1, 0, 1, 2],
]);

for (const enc of [high, medium, low]) {
  const q = quantise(dctBlock, enc.qtable);
  console.log(`${enc.name} (q=${enc.quality}): ${nonzeroCount(q)} nonzero, DC step ${enc.qtable.get(0, 0)}`);
}
console.log("standard table mean step:", STD_LUMA.mean().toFixed(2));
