// Prepares a short audio clip for analysis: fades, pre-emphasis, windowed frames, frame energies and a peak-normalised copy.
import { arange, zeros, ones, linspace, NDArray } from "ndalias";

const FRAME = 8;
const HOP = 4;

/** Scales a signal so that its largest magnitude becomes 1, in place. */
function normalizePeak(x: NDArray): void {
  const peak = Math.max(x.max(), -x.min());
  if (peak > 0) x.idiv(peak);
}

/** Applies linear fade-in and fade-out ramps of the given length, in place. */
function applyFades(x: NDArray, length: number): void {
  const ramp = linspace(0, 1, length);
  x.slice(`:${length}`).imul(ramp);
  x.slice(`-${length}:`).imul(ramp.flip());
}

function hannWindow(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
  return w;
}

function preEmphasis(x: NDArray, coeff: number): NDArray {
  const out = x.copy();
  out.slice("1:").isub(x.slice(":-1").mul(coeff));
  return out;
}

function frameSignal(x: NDArray): NDArray[] {
  const frames: NDArray[] = [];
  const window = hannWindow(FRAME);
  for (let start = 0; start + FRAME <= x.size; start += HOP) {
    const frame = x.slice(`${start}:${start + FRAME}`).copy();
    frame.imul(window);
    frames.push(frame);
  }
  return frames;
}

function energies(frames: NDArray[]): NDArray {
  const out = zeros(frames.length);
  frames.forEach((f, i) => out.set(i, f.mul(f).sum()));
  return out;
}

function zeroCrossings(x: NDArray): number {
  let count = 0;
  for (let i = 1; i < x.size; i++) {
    if ((x.get(i - 1) < 0) !== (x.get(i) < 0)) count++;
  }
  return count;
}

function makeClip(n: number): NDArray {
  const t = arange(n);
  const clip = zeros(n);
  for (let i = 0; i < n; i++) {
    clip.set(i, Math.sin(t.get(i) * 0.7) + 0.3 * Math.sin(t.get(i) * 2.3));
  }
  return clip;
}

function fmt(x: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < x.size; i++) parts.push(x.get(i).toFixed(2));
  return parts.join(" ");
}

const clip = makeClip(32);
console.log("zero crossings in raw clip:", zeroCrossings(clip));

const original = clip.copy();
applyFades(clip, 4);
clip.slice("14:18").imul(0.5);
clip.slice(0).fill(0);

const byBlock = clip.reshape(4, FRAME);
const blockPeaks: string[] = [];
for (let b = 0; b < 4; b++) blockPeaks.push(byBlock.slice(b).max().toFixed(2));
console.log("block peaks after fades:", blockPeaks.join(" "));
console.log("faded head:", fmt(clip.slice(":6")), "| original head:", fmt(original.slice(":6")));

const emphasized = preEmphasis(clip, 0.97);
const frames = frameSignal(emphasized);
const frameEnergy = energies(frames);
console.log(`frames: ${frames.length}, energies: ${fmt(frameEnergy)}`);

const loudest = frameEnergy.copy();
loudest.sort();
const threshold = loudest.get(Math.floor(loudest.size / 2));
const voiced = frames.filter((_, i) => frameEnergy.get(i) >= threshold);
console.log("voiced frames above median energy:", voiced.length);

const normalized = emphasized.copy();
normalizePeak(normalized);
console.log("normalised peak:", Math.max(normalized.max(), -normalized.min()).toFixed(3));
console.log("pre-emphasised peak (unchanged):", Math.max(emphasized.max(), -emphasized.min()).toFixed(3));

const gain = ones(frames.length);
gain.slice(0).fill(0.5);
gain.slice(-1).fill(0.5);
const weighted = frameEnergy.mul(gain);
console.log("edge-weighted energy total:", weighted.sum().toFixed(3));

const firstFrame = frames[0];
const thirdFrame = frames[2];
frames[1].fill(0);
console.log("first/third frame energy:", firstFrame.mul(firstFrame).sum().toFixed(3), thirdFrame.mul(thirdFrame).sum().toFixed(3));
console.log("muted second frame:", fmt(frames[1]));
