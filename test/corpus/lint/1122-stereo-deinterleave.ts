// Deinterleaves a stereo PCM block through strided views, measures channel balance, mixes down to a peak-normalised mono track and ducks the block.
import { zeros, NDArray } from "ndalias";

const FRAMES = 16;

function synthStereo(frames: number): NDArray {
  const pcm = zeros(frames * 2);
  for (let i = 0; i < frames; i++) {
    const phase = (2 * Math.PI * i) / 8;
    pcm.set(2 * i, 0.8 * Math.sin(phase));
    pcm.set(2 * i + 1, 0.4 * Math.sin(phase + Math.PI / 4));
  }
  return pcm;
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function peakAbs(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function toDb(ratio: number): string {
  return (20 * Math.log10(ratio)).toFixed(2) + " dB";
}

// Scales a track so that its peak sits at the target level; returns the gain it applied.
function normalizePeak(track: NDArray, target: number): number {
  const peak = peakAbs(track);
  const gain = peak > 0 ? target / peak : 1;
  track.imul(gain); // expect: no-alias-mutation
  return gain;
}

// Zero-crossing count of one channel, a cheap pitch estimate.
function zeroCrossings(channel: NDArray): number {
  let count = 0;
  for (let i = 1; i < channel.size; i++) {
    if (channel.get(i - 1) < 0 !== channel.get(i) < 0) count++;
  }
  return count;
}

const pcm = synthStereo(FRAMES);

// Channel views: a strided slice for the left channel, a column of the frame matrix for the right.
const frames = pcm.reshape(FRAMES, 2);
const left = pcm.slice("0::2");
const right = frames.slice(":, 1");

const leftRms = rms(left);
const rightRms = rms(right);
console.log("left rms:", leftRms.toFixed(4), "right rms:", rightRms.toFixed(4));
console.log("balance L/R:", toDb(leftRms / rightRms));
console.log("zero crossings L/R:", zeroCrossings(left), zeroCrossings(right));

// Mono mix-down lives in its own memory.
const mono = left.add(right).mul(0.5);
const appliedGain = normalizePeak(mono, 0.9);
console.log("mono gain:", appliedGain.toFixed(3), "mono peak:", peakAbs(mono).toFixed(3));

// A widened copy of the block: boost the left column of the copy only.
const widened = frames.copy();
widened.slice(":, 0").imul(1.25);
widened.slice(":, 1").imul(0.8);
console.log("widened balance:", toDb(rms(widened.slice(":, 0")) / rms(widened.slice(":, 1"))));

// Duck the whole interleaved block by 6 dB while an announcement plays.
pcm.imul(0.5); // expect: no-view-mutation

// Meter the left channel for the level display.
const meter = Math.round(peakAbs(left) * 20);
console.log("left meter:", "#".repeat(meter).padEnd(20, "."));
console.log("ducked block peak:", peakAbs(pcm).toFixed(3));

// Crest factor of the mono track.
const crest = peakAbs(mono) / rms(mono);
console.log("mono crest factor:", crest.toFixed(3));

// Mid/side encoding of the ducked block into new arrays.
const mid = left.add(right).mul(0.5);
const side = left.sub(right).mul(0.5);
console.log("mid rms:", rms(mid).toFixed(4), "side rms:", rms(side).toFixed(4));
console.log("stereo width:", toDb(rms(side) / Math.max(1e-12, rms(mid))));
