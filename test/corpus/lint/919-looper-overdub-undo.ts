// Loop pedal: records a take into a loop buffer, overdubs a second pass with an undo snapshot, and reports per-frame energies for the waveform display.
import { array, linspace, zeros, NDArray } from "ndalias";

const LOOP_LEN = 16;
const FRAME = 4;

// Writes a take into the loop buffer with a short fade at both ends (the loop is the output argument).
function recordPass(loop: NDArray, take: NDArray, level: number): void {
  const fade = linspace(0, 1, FRAME);
  loop.assign(":", take);
  loop.imul(level);
  loop.slice(`:${FRAME}`).imul(fade);
  loop.slice(`-${FRAME}:`).imul(fade.flip());
}

// Energy of each display frame of a signal.
function frameEnergies(signal: NDArray): number[] {
  const frames = signal.reshape(signal.size / FRAME, FRAME);
  frames.imul(frames); // expect: no-view-mutation
  const energies: number[] = [];
  for (let f = 0; f < frames.shape[0]; f++) {
    energies.push(frames.slice(f).sum());
  }
  return energies;
}

// Peak of each frame, computed on the signal without touching it.
function framePeaks(signal: NDArray): number[] {
  const peaks: number[] = [];
  for (let start = 0; start < signal.size; start += FRAME) {
    const frame = signal.slice(`${start}:${start + FRAME}`);
    peaks.push(Math.max(frame.max(), -frame.min()));
  }
  return peaks;
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function bars(values: number[], scale: number): string {
  return values.map((v) => "#".repeat(Math.round(v * scale))).join(" | ");
}

const firstTake = array([
  0.2, 0.4, 0.5, 0.3, -0.1, -0.4, -0.6, -0.3,
  0.1, 0.5, 0.7, 0.4, -0.2, -0.5, -0.3, -0.1,
]);
const secondTake = array([
  0.0, 0.1, 0.3, 0.6, 0.6, 0.3, 0.0, -0.3,
  -0.6, -0.6, -0.3, 0.0, 0.3, 0.6, 0.3, 0.1,
]);

const loop = zeros(LOOP_LEN);
recordPass(loop, firstTake, 0.9);
console.log("after first pass, peak:", peak(loop).toFixed(3));
console.log("frame peaks:", framePeaks(loop).map((p) => p.toFixed(2)).join(" "));

// Overdub: keep what was there so the player can undo the second pass.
const undoSnapshot = loop.slice(":");
const overdub = secondTake.mul(0.7);
loop.iadd(overdub); // expect: no-view-mutation
const overdubPeak = peak(loop);
console.log("after overdub, peak:", overdubPeak.toFixed(3));
console.log("undo would restore a loop with peak", peak(undoSnapshot).toFixed(3));
if (overdubPeak > 1.0) {
  console.log("overdub clips: consider undo");
}

// Waveform display of the current loop.
const energies = frameEnergies(loop);
console.log("frame energies:", energies.map((e) => e.toFixed(3)).join(" "));
console.log("display:", bars(energies, 20));
console.log("loop sum for the sync check:", loop.sum().toFixed(4));

// A fresh buffer for the next loop, built from a separate take.
const nextLoop = zeros(LOOP_LEN);
recordPass(nextLoop, firstTake.flip(), 0.5);
console.log("reverse loop peaks:", framePeaks(nextLoop).map((p) => p.toFixed(2)).join(" "));
console.log("next loop sum:", nextLoop.sum().toFixed(4), "peak:", peak(nextLoop).toFixed(3));
console.log("loops ready:", [loop, nextLoop].map((l) => l.size).join(" + "), "samples");
