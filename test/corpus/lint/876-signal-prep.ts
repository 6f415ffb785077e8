// Prepares a vibration signal for analysis (optional smoothing, scaling, baseline correction) and prints a small report.
import { array, zeros, NDArray } from "ndalias";

// reference baseline recorded when the machine was new (shared by all analyses)
const BASELINE = array([0.02, 0.03, 0.02, 0.04, 0.03, 0.02, 0.05, 0.03]);
const SCALE = 9.81; // g -> m/s^2

// moving average of width 3, returns a new array
function smooth3(x: NDArray): NDArray {
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    const a = x.get(Math.max(0, i - 1));
    const b = x.get(i);
    const c = x.get(Math.min(x.size - 1, i + 1));
    out.set(i, (a + b + c) / 3);
  }
  return out;
}

// energy of the early part of the signal above the baseline
function earlyExcess(signal: NDArray): number {
  // only the first four samples matter for the startup check
  const head = BASELINE.slice(":4");
  head.isub(signal.slice(":4")); // expect: no-view-mutation
  return -head.sum();
}

// peak-to-peak amplitude, read only
function peakToPeak(signal: NDArray): number {
  return signal.max() - signal.min();
}

const raw = array([0.05, 0.11, 0.09, 0.14, 0.3, 0.12, 0.08, 0.1]);
const useSmoothing = process.argv.includes("--smooth");
const removeBaseline = !process.argv.includes("--keep-baseline");

// pick the series to work on
let series: NDArray = raw;
if (useSmoothing) {
  series = smooth3(raw);
  console.log("smoothing enabled");
} else {
  console.log("smoothing disabled, using the raw samples");
}

// convert to m/s^2
series.imul(SCALE); // expect: no-alias-mutation

// baseline correction on a separate array
let corrected: NDArray;
if (removeBaseline) {
  corrected = series.sub(BASELINE.mul(SCALE));
} else {
  corrected = series.copy();
}
for (let i = 0; i < corrected.size; i++) {
  if (corrected.get(i) < 0) {
    corrected.set(i, 0);
  }
}

console.log("series (m/s^2):", series.tolist());
console.log("corrected:", corrected.tolist());
console.log("peak to peak:", peakToPeak(corrected).toFixed(3));
console.log("startup excess:", earlyExcess(raw).toFixed(3));

// the raw samples go into the archive unchanged (in g)
console.log("archive (g):", raw.tolist());
console.log("baseline used:", BASELINE.tolist());
