// Notebook port: audio frame processing — inspects frames through views, then applies gain and fades in place for playback.
import { array, linspace, zeros, NDArray } from "ndalias";

// %% [1] signal: 12 samples, framed as 3 frames x 4 samples
const audio = linspace(-1, 1, 12);
const frames = audio.reshape(3, 4);
console.log("audio:", audio.tolist());
for (let f = 0; f < 3; f++) {
  const fr = frames.slice(f);
  console.log(`frame ${f}: energy ${fr.mul(fr).sum().toFixed(3)}`);
}
console.log("peak:", audio.max(), "trough:", audio.min());

// %% [2] inspect the first frame and the tail through views, before anything is written
const first = frames.slice(0);
console.log("first frame:", first.tolist(), "mean:", first.mean().toFixed(3));
const tail = audio.slice("-4:");
console.log("tail:", tail.tolist());
const energies = zeros(3);
for (let f = 0; f < 3; f++) energies.set(f, frames.slice(f).mul(frames.slice(f)).sum());
console.log("energies:", energies.tolist());

// %% [3] from here on, playback processing goes through `audio` only
audio.imul(0.8);
audio.slice(":3").imul(0.5);
audio.slice("-3:").imul(0.5);
console.log("processed:", audio.tolist());
console.log("processed peak:", audio.max().toFixed(3));

// %% [4] a second take: b = a, both names read first, then only the alias is used
const take2 = linspace(0, 1, 6);
const gainStage = take2;
console.log("take 2 input:", take2.tolist(), "rms:", Math.sqrt(take2.mul(take2).mean()).toFixed(3));
console.log("same buffer?", gainStage === take2);
gainStage.imul(2);
gainStage.iadd(-1);
console.log("take 2 after gain:", gainStage.tolist());
console.log("needs clipping:", gainStage.max() > 1 || gainStage.min() < -1);

// %% [5] loudness levels: sort one row view, read only through it afterwards
const levels = array([
  [3, 1, 2],
  [9, 7, 8],
]);
console.log("levels:", levels.tolist(), "overall mean:", levels.mean());
const loud = levels.slice(1);
loud.sort();
console.log("median loud level:", loud.get(1), "sorted loud levels:", loud.tolist());

// %% [6] a fade-in envelope applied to a copy of the processed signal
const envelope = linspace(0, 1, 12);
const faded = audio.mul(envelope);
console.log("faded:", faded.tolist());

// %% [7] stereo: two channels that never share memory
const left = audio.copy();
const right = audio.copy();
right.imul(-1);
left.slice("6:").imul(0.5);
console.log("left:", left.tolist());
console.log("right:", right.tolist());
console.log("correlation sign:", Math.sign(left.mul(right).sum()));

// %% [8] RMS per window of 4, into a fresh vector
function windowRms(x: NDArray, width: number): NDArray {
  const n = Math.floor(x.size / width);
  const out = zeros(n);
  for (let w = 0; w < n; w++) {
    const seg = x.slice(`${w * width}:${(w + 1) * width}`);
    out.set(w, Math.sqrt(seg.mul(seg).mean()));
  }
  return out;
}
console.log("window rms (left):", windowRms(left, 4).tolist());
console.log("window rms (right):", windowRms(right, 4).tolist());

// %% [9] normalise the final mix in place, through its own name
const mix = left.add(right).mul(0.5);
const mixPeak = Math.max(mix.max(), -mix.min());
if (mixPeak > 0) mix.idiv(mixPeak);
console.log("mix:", mix.tolist());
