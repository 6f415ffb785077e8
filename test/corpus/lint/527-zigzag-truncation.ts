// Zigzag-scans a quantised 8x8 block, builds a truncated low-bitrate preview, and run-length codes the block for the bitstream.
// runnable
import { array, NDArray } from "ndalias";

const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
  12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
  35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
  58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

function zigzag(block: NDArray): NDArray {
  return block.flatten().take(ZIGZAG);
}

function runLength(scan: NDArray): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let zeros = 0;
  for (let i = 1; i < scan.size; i++) {
    const v = scan.get(i);
    if (v === 0) {
      zeros++;
    } else {
      pairs.push([zeros, v]);
      zeros = 0;
    }
  }
  return pairs;
}

function dropHighFrequencies(block: NDArray, keep: number): void {
  const scan = block.flatten().take(ZIGZAG);
  scan.assign(`${keep}:`, 0); // expect: no-lost-write
}

const coeffs = array([
  [-26, -3, -6, 2, 2, -1, 0, 0],
  [0, -2, -4, 1, 1, 0, 0, 0],
  [-3, 1, 5, -1, -1, 0, 0, 0],
  [-3, 1, 2, -1, 0, 0, 0, 0],
  [1, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 1],
  [0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 1, 0],
]);

const fullScan = zigzag(coeffs);
console.log("full block: DC", fullScan.get(0), "AC runs", runLength(fullScan).length);

const preview = coeffs.flatten().take(ZIGZAG);
preview.assign("10:", 0);
console.log("preview runs:", runLength(preview));

// Low-bitrate mode: keep only the first 6 coefficients of the stored block.
dropHighFrequencies(coeffs, 6);

// Differential DC coding uses the previous block's DC, so clear it before the AC statistics.
coeffs.flatten().set(0, 0); // expect: no-lost-write

const coded = runLength(zigzag(coeffs));
console.log("coded runs:", coded.length, coded);
console.log("AC energy:", coeffs.mul(coeffs).sum());
