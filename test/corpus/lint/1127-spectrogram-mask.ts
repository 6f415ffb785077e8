// Builds a magnitude spectrogram of a noisy tone frame by frame, suppresses the DC band, applies an edge-taper mask above a noise floor and reports band statistics.
import { zeros, ones, NDArray } from "ndalias";

const FRAME = 8;
const HOP = 4;

function noisyTone(n: number): NDArray {
  const x = zeros(n);
  let seed = 11;
  for (let i = 0; i < n; i++) {
    seed = (seed * 69069 + 1) % 4294967296;
    const noise = (seed / 4294967296 - 0.5) * 0.3;
    x.set(i, 0.6 + Math.cos((2 * Math.PI * 2 * i) / FRAME) + noise);
  }
  return x;
}

function magnitudeDft(frame: NDArray): number[] {
  const bins = FRAME / 2 + 1;
  const mags: number[] = [];
  for (let k = 0; k < bins; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < FRAME; t++) {
      re += frame.get(t) * Math.cos((2 * Math.PI * k * t) / FRAME);
      im -= frame.get(t) * Math.sin((2 * Math.PI * k * t) / FRAME);
    }
    mags.push(Math.hypot(re, im));
  }
  return mags;
}

// (bins, frames) magnitude spectrogram in new memory.
function spectrogram(x: NDArray): NDArray {
  const frames = Math.floor((x.size - FRAME) / HOP) + 1;
  const out = zeros([FRAME / 2 + 1, frames]);
  for (let f = 0; f < frames; f++) {
    const mags = magnitudeDft(x.slice(`${f * HOP}:${f * HOP + FRAME}`));
    for (let k = 0; k < mags.length; k++) out.set([k, f], mags[k]);
  }
  return out;
}

// Time-frequency weights with the first and last frames attenuated.
function edgeTaperMask(bins: number, frames: number): NDArray {
  const mask = ones([bins, frames]);
  const firstFrame = mask.slice(":, 0");
  firstFrame.fill(0.5); // expect: no-view-mutation
  mask.slice(":, -1").fill(0.5);
  return mask;
}

function bandSummary(spec: NDArray): string[] {
  const lines: string[] = [];
  for (let k = 0; k < spec.shape[0]; k++) {
    const band = spec.slice(k);
    lines.push(`bin ${k}: mean ${band.mean().toFixed(2)} max ${band.max().toFixed(2)}`);
  }
  return lines;
}

const signal = noisyTone(40);
const spec = spectrogram(signal);
console.log("spectrogram shape:", spec.shape);
bandSummary(spec).forEach((line) => console.log("  " + line));

// DC suppression: the DC band is reported and then zeroed.
const dcBand = spec.slice(0);
const dcEnergyBefore = dcBand.mul(dcBand).sum();
console.log("DC band energy before suppression:", dcEnergyBefore.toFixed(2));
spec.slice(0).fill(0); // expect: no-view-mutation

// Noise floor: the 25th percentile of all cells, from a sorted copy.
const cells = spec.flatten();
cells.sort();
const noiseFloor = cells.get(Math.floor(cells.size / 4));
console.log("noise floor:", noiseFloor.toFixed(3));

// Floor subtraction and edge taper.
const mask = edgeTaperMask(spec.shape[0], spec.shape[1]);
const denoised = spec.sub(noiseFloor);
denoised.imul(mask); // expect: no-lost-write

console.log("after processing:");
bandSummary(spec).forEach((line) => console.log("  " + line));
// The DC offset of the input is kept so that synthesis can add it back.
const dcOffsetForSynthesis = dcBand.mean() / FRAME;
console.log("DC offset to restore at synthesis:", dcOffsetForSynthesis.toFixed(3));
console.log("mask weight total:", mask.sum().toFixed(1));
