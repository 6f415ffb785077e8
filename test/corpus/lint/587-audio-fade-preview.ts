// Audio clip utilities: previews a fade-out of a clip's last frames and reports the peak and RMS level of the unfaded clip.
import { array, NDArray } from "ndalias";

function lastFrames(clip: NDArray, count: number): NDArray {
  if (count <= 0 || count > clip.size) {
    throw new RangeError(`cannot take ${count} frames from a clip of ${clip.size}`);
  }
  return clip.slice(`${clip.size - count}:`);
}

function peakLevel(frames: NDArray): number {
  const ordered = frames.ravel();
  ordered.sort(); // expect: no-view-mutation
  return Math.max(Math.abs(ordered.get(0)), Math.abs(ordered.get(ordered.size - 1)));
}

function rms(frames: NDArray): number {
  return Math.sqrt(frames.mul(frames).mean());
}

function toDecibels(level: number): number {
  return 20 * Math.log10(Math.max(level, 1e-12));
}

function normalised(frames: NDArray, target: number): NDArray {
  const out = frames.mul(1);
  const loudest = Math.max(out.max(), -out.min());
  if (loudest > 0) out.imul(target / loudest);
  return out;
}

const clip = array([0.1, 0.4, -0.6, 0.8, -0.3, 0.5, 0.2, -0.1]);
const fadeLength = 4;
const headroom = normalised(clip, 0.9);
console.log("normalised to -0.9 dBFS peak:", headroom.tolist());

const outro = lastFrames(clip, fadeLength);
for (let i = 0; i < fadeLength; i++) {
  const gain = 1 - (i + 1) / fadeLength;
  outro.set(i, outro.get(i) * gain); // expect: no-view-mutation
}
console.log("fade preview:", outro.tolist());

const level = rms(clip);
console.log("clip RMS:", level.toFixed(3), "dBFS:", toDecibels(level).toFixed(1));
console.log("clip peak:", peakLevel(clip));
