// Sliding-window audio features: an iterable yields frame views of a gained signal for energy and zero-crossing counts, and a generator yields windowed copies for spectra.
import { array, linspace, NDArray } from "ndalias";

class FrameIterable implements Iterable<NDArray> {
  constructor(
    private readonly signal: NDArray,
    private readonly size: number,
    private readonly hop: number,
  ) {}

  *[Symbol.iterator](): Iterator<NDArray> {
    for (let start = 0; start + this.size <= this.signal.size; start += this.hop) {
      yield this.signal.slice(`${start}:${start + this.size}`);
    }
  }

  count(): number {
    return Math.floor((this.signal.size - this.size) / this.hop) + 1;
  }
}

function hann(size: number): NDArray {
  const phase = linspace(0, 2 * Math.PI, size);
  const w = phase.copy();
  for (let i = 0; i < w.size; i++) w.set(i, 0.5 - 0.5 * Math.cos(phase.get(i)));
  return w;
}

function* windowedCopies(frames: Iterable<NDArray>, window: NDArray): Generator<NDArray> {
  for (const frame of frames) {
    yield frame.mul(window);
  }
}

function energy(frame: NDArray): number {
  return frame.mul(frame).sum();
}

function zeroCrossings(frame: NDArray): number {
  let crossings = 0;
  for (let i = 1; i < frame.size; i++) {
    if (Math.sign(frame.get(i)) !== Math.sign(frame.get(i - 1))) crossings++;
  }
  return crossings;
}

function crudeSpectrum(frame: NDArray): number[] {
  const n = frame.size;
  const bins: number[] = [];
  for (let k = 0; k < n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      re += frame.get(t) * Math.cos((2 * Math.PI * k * t) / n);
      im -= frame.get(t) * Math.sin((2 * Math.PI * k * t) / n);
    }
    bins.push(Math.hypot(re, im));
  }
  return bins;
}

const signal = array([0.1, 0.5, 0.9, 0.4, -0.2, -0.7, -0.9, -0.3, 0.2, 0.6, 0.8, 0.3, -0.1, -0.6, -0.8, -0.2]);

const preview = signal.slice(":4");
console.log("preview before gain:", preview.tolist());

const peak = Math.max(signal.max(), -signal.min());
signal.imul(1 / peak);

const frames = new FrameIterable(signal, 8, 4);
console.log("frames:", frames.count());

const energies = Array.from(frames, energy);
const crossings = [...frames].map(zeroCrossings);
console.log("energy per frame:", energies.map((e) => e.toFixed(3)).join(" "));
console.log("zero crossings:", crossings.join(" "));

const spectra: number[][] = [];
for (const windowed of windowedCopies(frames, hann(8))) {
  windowed.isub(windowed.mean());
  spectra.push(crudeSpectrum(windowed));
}
spectra.forEach((bins, i) => {
  const dominant = bins.indexOf(Math.max(...bins));
  console.log(`frame ${i}: dominant bin ${dominant}`);
});

const loudest = energies.indexOf(Math.max(...energies));
const loudFrame = [...frames][loudest];
console.log("loudest frame:", loudest, loudFrame.tolist());
console.log("normalised signal:", signal.tolist());
