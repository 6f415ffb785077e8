// Rolling sensor monitor: summarises the current window, ingests a new block of samples, recalibrates and prints a report.
// runnable
import { array, zeros, NDArray } from "ndalias";

const CHANNELS = 3;
const NAMES = ["temperature", "humidity", "pressure"];
const LIMITS = [22.0, 0.65, 101.6];
const CALIBRATION_OFFSET = 0.4;

function describe(label: string, x: NDArray): string {
  const mean = x.mean().toFixed(3);
  const lo = x.min().toFixed(3);
  const hi = x.max().toFixed(3);
  return `${label}: mean=${mean} min=${lo} max=${hi}`;
}

/** Clamps every element of a 1-D series into [lo, hi], in place. */
function clampSeries(series: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < series.size; i++) {
    const v = series.get(i);
    if (v < lo) series.set(i, lo);
    else if (v > hi) series.set(i, hi);
  }
}

// channels x time
const readings = array([
  [20.1, 20.4, 20.3, 20.9, 21.2, 21.0],
  [0.51, 0.49, 0.55, 0.6, 0.58, 0.57],
  [101.2, 101.0, 100.8, 100.9, 101.4, 101.5],
]);

// --- Summaries of the current window, all taken before anything is written.
const temperature = readings.slice(0);
const humidity = readings.slice(1);
const latest = readings.slice(":, -1");
const overview = readings.T;
console.log(describe("temperature", temperature));
console.log(describe("humidity", humidity));
console.log("latest sample per channel:", latest.tolist());
console.log("first time step:", overview.slice(0).tolist());

const recentSnapshot = readings.slice(":, 3:").copy();
const previousTotal = readings.sum();

// --- Ingest a new block: shift the window left by two samples and append.
const incoming = array([
  [21.4, 21.6],
  [0.59, 1.07],
  [101.3, 101.1],
]);
readings.assign(":, :-2", readings.slice(":, 2:").copy());
readings.slice(":, -2:").assign(":", incoming);

// A faulty humidity probe can report values above 1; clamp that channel.
clampSeries(readings.slice(1), 0, 1);

// --- Recalibrate the temperature channel; the window name is rebound afterwards.
let channel: NDArray = readings.slice(0);
console.log(describe("temperature (raw)", channel));
readings.slice(0).isub(CALIBRATION_OFFSET);
channel = readings.slice(0);
console.log(describe("temperature (calibrated)", channel));

// --- Centre every channel on a working copy; the live window stays in physical units.
const centred = readings.copy();
for (let c = 0; c < CHANNELS; c++) {
  const mu = centred.slice(c).mean();
  centred.slice(c).isub(mu);
}

// Names made only now, after every write to the centred copy.
const centredByTime = centred.T;
const centredFlat = centred.ravel();
console.log("centred, by time step:", centredByTime.slice(-1).tolist());
console.log("largest deviation:", Math.max(centredFlat.max(), -centredFlat.min()).toFixed(3));

// --- Alarm flags in a fresh buffer.
const alarms = zeros(CHANNELS, "uint8");
for (let c = 0; c < CHANNELS; c++) {
  if (readings.slice(c).max() > LIMITS[c]) {
    alarms.set(c, 1);
  }
}

// --- Per-channel drift between the saved snapshot and the new window.
const drift = zeros(CHANNELS);
const newest = readings.slice(":, 3:");
for (let c = 0; c < CHANNELS; c++) {
  drift.set(c, newest.slice(c).mean() - recentSnapshot.slice(c).mean());
}

console.log("--- report ---");
for (let c = 0; c < CHANNELS; c++) {
  const flag = alarms.get(c) === 1 ? "ALARM" : "ok";
  console.log(`${NAMES[c].padEnd(12)} drift=${drift.get(c).toFixed(3)} ${flag}`);
}
console.log("total before ingest:", previousTotal.toFixed(2), "after:", readings.sum().toFixed(2));
console.log("snapshot of the previous tail:", recentSnapshot.tolist());
console.log("current window:", readings.tolist());
