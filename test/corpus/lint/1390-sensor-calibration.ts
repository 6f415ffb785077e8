// Calibrates raw ADC frames from a six-channel sensor: dark-frame subtraction, volts conversion, per-channel gain, dead-channel masking and a summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

const GAIN = array([1.02, 0.98, 1.0, 1.05, 0.97, 1.01]);
const OFFSET = array([0.01, -0.02, 0.0, 0.015, -0.005, 0.0]);
const DEAD_CHANNELS = [2, 4];
const FULL_SCALE = 4095;

interface Frame {
  id: number;
  counts: NDArray;
  saturated: boolean;
}

function countsToVolts(counts: NDArray): NDArray {
  const volts = counts.astype("float64");
  volts.imul(3.3 / FULL_SCALE);
  volts.isub(OFFSET);
  return volts;
}

function applyGain(volts: NDArray): NDArray {
  const calibrated = volts.mul(GAIN);
  for (const ch of DEAD_CHANNELS) {
    calibrated.set(ch, 0);
  }
  return calibrated;
}

function channelStats(frames: Frame[]): { mean: NDArray; peak: number } {
  const acc = zeros(GAIN.size);
  let peak = -Infinity;
  for (const frame of frames) {
    const v = applyGain(countsToVolts(frame.counts));
    acc.iadd(v);
    peak = Math.max(peak, v.max());
  }
  acc.idiv(frames.length);
  return { mean: acc, peak };
}

function saturationMask(counts: NDArray): number[] {
  const hits: number[] = [];
  for (let ch = 0; ch < counts.size; ch++) {
    if (counts.get(ch) >= FULL_SCALE) hits.push(ch);
  }
  return hits;
}

const frames: Frame[] = [
  { id: 0, counts: array([1200, 1180, 7, 4095, 3, 1210], "int32"), saturated: false },
  { id: 1, counts: array([1250, 1175, 5, 1300, 9, 1190], "int32"), saturated: false },
  { id: 2, counts: array([1230, 1160, 6, 4095, 2, 1205], "int32"), saturated: false },
];
const dark = array([12, 9, 0, 15, 0, 11], "int32");

// A quick look at the first frame before any correction.
const preview = frames[0].counts.astype("float64");
preview.idiv(FULL_SCALE);
console.log("frame 0 (fraction of full scale):", preview.tolist());

// Dead channels carry leakage current; zero them in every raw frame.
for (const frame of frames) {
  const deadReadings = frame.counts.take(DEAD_CHANNELS);
  deadReadings.fill(0); // expect: no-lost-write
  frame.saturated = saturationMask(frame.counts).length > 0;
}

// Dark-frame subtraction, only for frames that did not clip.
for (const frame of frames) {
  if (!frame.saturated) {
    frame.counts.copy().isub(dark); // expect: no-lost-write
  }
}

// Saturated channels are replaced by the mean of the healthy frames for the report.
const healthy = frames.filter((f) => !f.saturated);
const healthyMean = zeros(GAIN.size);
for (const f of healthy) healthyMean.iadd(f.counts);
healthyMean.idiv(Math.max(1, healthy.length));

const repaired = frames.map((f) => {
  const fixed = f.counts.astype("float64");
  for (const ch of saturationMask(f.counts)) {
    fixed.set(ch, healthyMean.get(ch));
  }
  return fixed;
});

const { mean, peak } = channelStats(frames);
console.log("saturated frames:", frames.filter((f) => f.saturated).map((f) => f.id));
console.log("repaired frame 0:", repaired[0].tolist());
console.log("mean calibrated volts:", mean.tolist());
console.log("peak calibrated volts:", peak.toFixed(4));
console.log("raw counts of frame 1:", frames[1].counts.tolist());
