// Gain-stages a recorded take: normalises it, trims the master, declicks the start and renders a fade-out for the bounce.
// runnable
import { array, linspace, zeros, NDArray } from "ndalias";

const HEADROOM_DB = -1;

function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

function peakOf(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function printTrack(label: string, x: NDArray): void {
  const values = x.tolist() as number[];
  console.log(label.padEnd(12), values.map((v) => v.toFixed(3).padStart(7)).join(""));
}

function crestFactor(x: NDArray): number {
  const rms = Math.sqrt(x.mul(x).mean());
  return rms === 0 ? 0 : peakOf(x) / rms;
}

function windowedRms(x: NDArray, win: number): NDArray {
  const out = zeros(x.size - win + 1);
  for (let i = 0; i < out.size; i++) {
    const seg = x.slice(`${i}:${i + win}`);
    out.set(i, Math.sqrt(seg.mul(seg).mean()));
  }
  return out;
}

function zeroCrossings(x: NDArray): number {
  let count = 0;
  for (let i = 1; i < x.size; i++) {
    if (Number(x.get(i - 1)) * Number(x.get(i)) < 0) count++;
  }
  return count;
}

function summary(label: string, x: NDArray): string {
  const peakDb = 20 * Math.log10(Math.max(peakOf(x), 1e-9));
  return `${label}: peak ${peakDb.toFixed(2)} dBFS, crest ${crestFactor(x).toFixed(2)}, ${zeroCrossings(x)} zero crossings`;
}

const take = array([0.12, -0.48, 0.9, -0.33, 0.61, -0.05, 0.27, -0.72, 0.44, -0.18]);
const peak = peakOf(take);
const target = dbToGain(HEADROOM_DB);

printTrack("raw take", take);
console.log("peak:", peak.toFixed(3), "crest factor:", crestFactor(take).toFixed(3));
printTrack("rms (3)", windowedRms(take, 3));

// Analysis copy: normalised to the headroom target for the loudness display only.
const analysis = take.div(peak);
analysis.imul(target);
printTrack("analysis", analysis);
console.log("analysis peak:", peakOf(analysis).toFixed(3));

// Normalise the take itself before the master trim.
take.copy().imul(target / peak); // expect: no-lost-write

// Master trim of -2 dB, with the first sample declicked.
const trimmed = take.mul(dbToGain(-2));
trimmed.set(0, 0); // expect: no-lost-write

// Fade-out over the last four samples, rendered into a separate bounce buffer.
const fadeLength = 4;
const bounce = take.copy();
const ramp = linspace(1, 0, fadeLength);
bounce.slice(`${take.size - fadeLength}:`).imul(ramp);
printTrack("bounce", bounce);
console.log("bounce peak:", peakOf(bounce).toFixed(3));

// A stereo pair for the bounce: the right side is a delayed, quieter copy.
const right = bounce.take([0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
right.set(0, 0);
right.imul(0.8);
printTrack("bounce R", right);

console.log("take sent to mixdown, peak:", peakOf(take).toFixed(3));
printTrack("mixdown in", take);
console.log(summary("mixdown", take));
console.log(summary("bounce", bounce));
