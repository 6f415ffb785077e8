// Spectrogram post-processing through objects of helpers and an IIFE meter: bands are edited with chained view writes and summary views are taken afterwards.
import { array, zeros, NDArray } from "ndalias";

const spectrum = array([
  [0.9, 0.7, 0.4, 0.3, 0.2, 0.1],
  [1.2, 0.8, 0.5, 0.6, 0.3, 0.1],
  [0.8, 0.9, 0.7, 0.5, 0.4, 0.2],
  [1.1, 0.6, 0.6, 0.4, 0.2, 0.3],
]);

const Bands = {
  muteLow(s: NDArray, bins: number): void {
    s.slice(":", `:${bins}`).fill(0);
  },
  boostMid(s: NDArray, from: number, to: number, k: number): void {
    s.slice(":", `${from}:${to}`).imul(k);
  },
  floor(s: NDArray, level: number): void {
    const [frames, bins] = s.shape;
    for (let f = 0; f < frames; f++) {
      for (let b = 0; b < bins; b++) {
        if (s.get(f, b) < level) s.set([f, b], level);
      }
    }
  },
};

const Views = {
  frame(s: NDArray, i: number): NDArray {
    return s.slice(i);
  },
  band(s: NDArray, from: number, to: number): NDArray {
    return s.slice(":", `${from}:${to}`);
  },
  energyPerBin(s: NDArray): NDArray {
    const out = zeros(s.shape[1]);
    for (let b = 0; b < s.shape[1]; b++) out.set(b, s.slice(":", b).sum());
    return out;
  },
};

const Meter = (() => {
  const peaks = zeros(6);
  let frames = 0;
  return {
    update(frame: NDArray): number {
      for (let b = 0; b < peaks.size; b++) {
        peaks.set(b, Math.max(peaks.get(b), frame.get(b)));
      }
      frames++;
      return peaks.max();
    },
    peakBin(): number {
      let best = 0;
      for (let b = 1; b < peaks.size; b++) if (peaks.get(b) > peaks.get(best)) best = b;
      return best;
    },
    seen(): number {
      return frames;
    },
  };
})();

function denoised(s: NDArray, floorLevel: number): NDArray {
  const out = s.copy();
  out.slice(":", "-1:").fill(0);
  Bands.floor(out, floorLevel);
  return out;
}

function resetEdges(): number {
  spectrum.slice(0).fill(0);
  spectrum.slice(-1).fill(0);
  return spectrum.sum();
}

const clean = denoised(spectrum, 0.25);
console.log("denoised:", clean.tolist());

for (let i = 0; i < spectrum.shape[0]; i++) {
  Meter.update(Views.frame(spectrum, i));
}
console.log(`peak bin over ${Meter.seen()} frames:`, Meter.peakBin());

// Edit the spectrum in place, then look at it through views made afterwards.
Bands.muteLow(spectrum, 1);
Bands.boostMid(spectrum, 2, 4, 1.5);
spectrum.slice(":", "4:").imul(0.5);
const mids = Views.band(spectrum, 2, 4);
const lastFrame = Views.frame(spectrum, -1);
console.log("mid band mean:", mids.mean().toFixed(3), "last frame:", lastFrame.tolist());
console.log("energy per bin:", Views.energyPerBin(spectrum).tolist());

console.log("energy with edges reset:", resetEdges().toFixed(3));
console.log("final spectrum:", spectrum.tolist());
