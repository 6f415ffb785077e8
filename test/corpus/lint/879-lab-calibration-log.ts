// Logs a lab balance's raw weighings, calibrates them in place, and records a snapshot of the calibrated values for the audit trail.
import { array, NDArray } from "ndalias";

// weighings of the same reference mass, in grams
const weighings = array([99.81, 100.12, 99.95, 100.3, 99.7, 100.05]);
const reference = 100.0;

// formats an array as a short string for the log
function fmt(x: NDArray): string {
  return (x.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
}

// ---- part 1: log the raw values under a friendlier name
const measured = weighings;
console.log("measured:", fmt(measured));
console.log("measured mean:", measured.mean().toFixed(4));
const rawSpread = measured.max() - measured.min();
console.log("raw spread:", rawSpread.toFixed(3));

// the first half of the run, only for the log
const firstHalf = weighings.slice(":3");
const lastHalf = weighings.slice("3:");
console.log("first half mean:", firstHalf.mean().toFixed(4));
console.log("last half mean:", lastHalf.mean().toFixed(4));

// ---- part 2: calibrate in place (the raw log above is already written)
const bias = weighings.mean() - reference;
weighings.isub(bias);
const drift = array([0.0, 0.01, 0.02, 0.03, 0.04, 0.05]);
weighings.isub(drift);
for (let i = 0; i < weighings.size; i++) {
  weighings.set(i, Math.round(weighings.get(i) * 1000) / 1000);
}

// ---- part 3: names made after the calibration see the calibrated values, as intended
const calibrated = weighings;
const calibratedHead = weighings.slice(":3");
console.log("calibrated:", fmt(calibrated));
console.log("calibrated head:", fmt(calibratedHead));

// error against the reference mass
const errors = calibrated.sub(reference);
let worst = 0;
for (let i = 0; i < errors.size; i++) {
  worst = Math.max(worst, Math.abs(errors.get(i)));
}
console.log("worst error after calibration:", worst.toFixed(4));

// repeatability: standard deviation of the calibrated values (computed on a new array)
const deviations = calibrated.sub(calibrated.mean());
const squared = deviations.mul(deviations);
const stdDev = Math.sqrt(squared.sum() / (squared.size - 1));
console.log("repeatability (1 sigma):", stdDev.toFixed(4));
if (stdDev > 0.2) {
  console.log("WARNING: balance repeatability is outside the 0.2 g tolerance");
} else {
  console.log("balance repeatability is within tolerance");
}

// ---- part 4: audit snapshot, taken before the values are reset for the next run
const snapshot = weighings.copy();
weighings.fill(0);
console.log("audit snapshot:", fmt(snapshot));
console.log("buffer ready for the next run:", fmt(weighings));
