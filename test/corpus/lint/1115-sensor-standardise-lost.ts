// Sensor calibration script: derives offset and gain from a reference run, corrects live readings and standardises them.
// runnable
import { array, NDArray } from "ndalias";

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function fmt(x: NDArray, digits = 3): string {
  const values = x.tolist() as number[];
  return values.map((v) => v.toFixed(digits)).join(", ");
}

function despiked(x: NDArray, limit: number): NDArray {
  const out = x.copy();
  const mu = x.mean();
  for (let i = 0; i < out.size; i++) {
    if (Math.abs(out.get(i) - mu) > limit) out.set(i, mu);
  }
  return out;
}

// Reference run against a known 5.000 V source.
const reference = array([5.11, 5.09, 5.12, 5.1, 5.08, 5.1]);
const nominal = 5.0;
const offset = reference.mean() - nominal;
const refCentred = reference.sub(reference.mean());
console.log("reference noise (rms):", rms(refCentred).toFixed(4));

// Gain from a second reference point at 2.500 V.
const lowReference = array([2.56, 2.55, 2.57, 2.55]);
const gain = (nominal - 2.5) / (reference.mean() - lowReference.mean());
console.log(`offset=${offset.toFixed(4)} gain=${gain.toFixed(4)}`);

// Live readings from the field unit.
const live = array([3.31, 3.35, 3.29, 4.9, 3.33, 3.3, 3.32, 3.36]);

// Corrected copy of the live readings.
const corrected = live.sub(offset);
corrected.imul(gain);
console.log("corrected:", fmt(corrected));

// Spike-free copy for the trend line.
const clean = despiked(corrected, 0.5);
console.log("despiked:", fmt(clean));

// Moving average over a window of three on its own buffer.
const smooth = clean.copy();
for (let i = 1; i < smooth.size - 1; i++) {
  smooth.set(i, (clean.get(i - 1) + clean.get(i) + clean.get(i + 1)) / 3);
}
console.log("smoothed:", fmt(smooth));

// Standardised readings for the anomaly detector.
const centred = live.sub(live.mean());
const spread = rms(centred);
centred.idiv(spread); // expect: no-lost-write
console.log("standardised readings:", fmt(live), "spread:", spread.toFixed(4));

// Threshold flags from the corrected values.
const flags: number[] = [];
for (let i = 0; i < corrected.size; i++) {
  if (corrected.get(i) > 3.5) flags.push(i);
}
console.log("over-range samples:", flags.join(" ") || "none");

// Drift of each despiked sample from the calibrated reference level.
const drift = clean.sub(nominal * 0.66);
drift.imul(1000);
console.log("drift (mV):", fmt(drift, 1));

// Summary in physical units.
const summary = {
  mean: clean.mean(),
  min: clean.min(),
  max: clean.max(),
  samples: live.size,
};
console.log("summary:", JSON.stringify(summary));
console.log("raw live mean:", live.mean().toFixed(3));
