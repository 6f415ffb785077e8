// Separable 3-tap box blur of a grayscale tile (horizontal pass on a copy, vertical pass through a transposed view), then a contrast stretch and a report.
// runnable
import { array, NDArray } from "ndalias";

const tile = array([
  [12, 40, 38, 90, 91, 15],
  [10, 44, 41, 95, 88, 17],
  [11, 39, 200, 97, 86, 16],
  [13, 42, 40, 92, 90, 14],
  [12, 41, 39, 94, 89, 15],
  [10, 43, 42, 93, 87, 18],
]);

// Reads one 1-D line of pixels and returns its 3-tap box average (edges clamped).
function blurLine(line: NDArray): number[] {
  const n = line.size;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const left = line.get(Math.max(0, i - 1));
    const centre = line.get(i);
    const right = line.get(Math.min(n - 1, i + 1));
    out.push((left + centre + right) / 3);
  }
  return out;
}

function describe(label: string, img: NDArray): void {
  const rows = img.shape[0];
  const cols = img.shape[1];
  console.log(
    `${label}: ${rows}x${cols}, min=${img.min().toFixed(1)}, max=${img.max().toFixed(1)}, mean=${img.mean().toFixed(2)}`,
  );
}

function roundedRows(img: NDArray): string {
  const rows = img.tolist() as number[][];
  return rows.map((r) => r.map((v) => v.toFixed(0).padStart(4)).join("")).join("\n");
}

describe("input", tile);

// The main diagonal is a read-only view; it is only read here, before anything is written.
const diag = tile.diagonal();
console.log("diagonal of the input:", diag.tolist());

// Horizontal pass: the result goes into a copy, the input stays intact.
const horizontal = tile.copy();
for (let y = 0; y < tile.shape[0]; y++) {
  const smoothed = blurLine(tile.slice(y));
  horizontal.assign(`${y}, :`, array(smoothed));
}
describe("after horizontal pass", horizontal);

// Vertical pass: rows of the transposed view are the columns of the horizontal result.
const vertical = horizontal.T;
for (let x = 0; x < vertical.shape[0]; x++) {
  const smoothed = blurLine(vertical.slice(x));
  vertical.assign(`${x}, :`, array(smoothed)); // expect: no-view-mutation
}
describe("after vertical pass", vertical.T);

// The horizontal-only energy is meant to be compared with the input's.
const inputEnergy = tile.sum();
const horizontalEnergy = horizontal.sum();
console.log("energy drift of the horizontal pass:", (horizontalEnergy - inputEnergy).toFixed(3));

// Detect the hot pixel in the input by comparing with the blurred result.
let hotY = -1;
let hotX = -1;
let worst = 0;
for (let y = 0; y < tile.shape[0]; y++) {
  for (let x = 0; x < tile.shape[1]; x++) {
    const residual = Math.abs(tile.get(y, x) - vertical.get(x, y));
    if (residual > worst) {
      worst = residual;
      hotY = y;
      hotX = x;
    }
  }
}
console.log(`hot pixel at (${hotY}, ${hotX}), residual ${worst.toFixed(1)}`);

// Contrast stretch of the input to the 0..255 range for display.
const lo = tile.min();
const hi = tile.max();
const flat = tile.ravel();
flat.assign(":", flat.sub(lo).mul(255 / (hi - lo))); // expect: no-view-mutation
console.log("stretched (first 6):", (flat.tolist() as number[]).slice(0, 6).map((v) => v.toFixed(0)));

// Report on the raw input: its mean is the calibration reference.
console.log("raw input mean:", tile.mean().toFixed(2));
console.log("raw input:\n" + roundedRows(tile));
console.log("blurred:\n" + roundedRows(vertical.T));
