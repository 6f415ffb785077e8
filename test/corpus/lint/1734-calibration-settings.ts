// Applies per-channel calibration from a settings record to raw sensor frames, corrects for drift and prints the results.
// runnable
import { array, NDArray } from "ndalias";

interface Calibration {
  gain: NDArray;
  offset: NDArray;
  applied: number;
}

interface CalibratedFrame {
  frame: NDArray;
  saturated: number;
}

function loadCalibration(): Calibration {
  return {
    gain: array([1.02, 0.98, 1.1]),
    offset: array([0.1, -0.05, 0.0]),
    applied: 0,
  };
}

function calibrateInto(raw: NDArray, cal: Calibration, out: CalibratedFrame): void {
  out.frame = raw.sub(cal.offset).mul(cal.gain);
  out.saturated = 0;
  for (let i = 0; i < raw.size; i++) {
    if (Math.abs(raw.get(i)) >= 4.0) out.saturated += 1;
  }
  cal.applied += 1;
}

function estimateDrift(frames: NDArray[]): NDArray {
  const first = frames[0];
  const last = frames[frames.length - 1];
  const drift = last.sub(first);
  drift.idiv(frames.length - 1);
  return drift;
}

function channelMeans(frames: CalibratedFrame[]): NDArray {
  const sums = frames[0].frame.copy();
  for (let f = 1; f < frames.length; f++) {
    sums.iadd(frames[f].frame);
  }
  return sums.div(frames.length);
}

function fmt(x: NDArray): string {
  return (x.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
}

const calibration = loadCalibration();
const rawFrames = [
  array([1.10, 2.05, 0.40]),
  array([1.14, 2.01, 0.46]),
  array([1.19, 1.98, 4.20]),
  array([1.22, 1.95, 0.55]),
];

const calibrated: CalibratedFrame[] = [];
for (const raw of rawFrames) {
  const out: CalibratedFrame = { frame: raw, saturated: 0 };
  calibrateInto(raw, calibration, out);
  calibrated.push(out);
}
calibrated.forEach((c, i) => console.log(`frame ${i}: [${fmt(c.frame)}] saturated=${c.saturated}`));

const drift = estimateDrift(rawFrames);
console.log("drift per frame:", fmt(drift));

const storedOffsets = calibration.offset.astype("float32");
storedOffsets.iadd(drift); // expect: no-lost-write
console.log("offsets used for the next session:", fmt(calibration.offset));

const means = channelMeans(calibrated);
const normalised = means.copy();
normalised.idiv(means.max());
console.log("channel means:", fmt(means), "normalised:", fmt(normalised));

const rawBackup = rawFrames[2].copy();
rawFrames[2].assign("2", rawFrames[1].get(2));
console.log("repaired frame 2:", fmt(rawFrames[2]), "original:", fmt(rawBackup));
console.log("calibrations applied:", calibration.applied, "gain:", fmt(calibration.gain));
