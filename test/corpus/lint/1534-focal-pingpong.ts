// Runs an iterative focal-mean despeckle on a radar backscatter tile with two swapped buffers, then calibrates and tiles the result.
import { array, zeros, full, NDArray } from "ndalias";

const ITERATIONS = 3;
const CALIBRATION_GAIN = 0.85;
const CALIBRATION_OFFSET = -1.5;

function focalMeanInto(src: NDArray, dst: NDArray): void {
  const [rows, cols] = src.shape;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
          sum += src.get(rr, cc);
          n++;
        }
      }
      dst.set([r, c], sum / n);
    }
  }
}

function toDecibels(linear: NDArray): NDArray {
  const db = linear.copy();
  for (let i = 0; i < db.size; i++) {
    db.data[i] = 10 * Math.log10(Math.max(1e-6, db.data[i] as number));
  }
  return db;
}

/** Equivalent number of looks: mean squared over variance, a standard speckle measure. */
function equivalentLooks(intensity: NDArray): number {
  const mean = intensity.mean();
  const centred = intensity.sub(mean);
  const variance = centred.mul(centred).mean();
  return variance > 0 ? (mean * mean) / variance : Number.POSITIVE_INFINITY;
}

const backscatter = array([
  [0.12, 0.15, 0.9, 0.14, 0.11],
  [0.13, 0.16, 0.15, 0.17, 0.12],
  [0.1, 0.85, 0.14, 0.16, 0.13],
  [0.11, 0.12, 0.13, 0.95, 0.14],
]);

// ping-pong buffers: read from `current`, write into `next`, then swap
let current: NDArray = backscatter.copy();
let next: NDArray = zeros(backscatter.shape);
for (let it = 0; it < ITERATIONS; it++) {
  focalMeanInto(current, next);
  const change = next.sub(current);
  [current, next] = [next, current];
  console.log(`iteration ${it + 1}: max=${current.max().toFixed(4)} largest change=${Math.max(change.max(), -change.min()).toFixed(4)}`);
}
const despeckled = current;
console.log("despeckled:", despeckled.tolist());
console.log("ENL raw:", equivalentLooks(backscatter).toFixed(2), "ENL despeckled:", equivalentLooks(despeckled).toFixed(2));

// calibration: start from the raw tile, rebind to a fresh result before any in-place step
let calibrated: NDArray = backscatter;
calibrated = calibrated.mul(CALIBRATION_GAIN);
calibrated.iadd(CALIBRATION_OFFSET * 0.01);
console.log("calibrated mean:", calibrated.mean().toFixed(4));

// dB conversion of both products
const rawDb = toDecibels(backscatter);
const cleanDb = toDecibels(despeckled);
console.log("speckle reduction (dB std proxy):", (rawDb.max() - rawDb.min() - (cleanDb.max() - cleanDb.min())).toFixed(2));

// output tile buffer: first pointed at the product for a preview, then replaced by a padded tile
let outTile: NDArray = despeckled;
console.log("preview of output tile:", outTile.slice(0).tolist());
outTile = full([6, 6], -99);
outTile.assign("1:5, 0:5", despeckled);
outTile.set([0, 0], despeckled.size);
console.log("padded output tile:", outTile.tolist());

console.log("raw tile untouched:", backscatter.tolist());
console.log("despeckled mean:", despeckled.mean().toFixed(4));
