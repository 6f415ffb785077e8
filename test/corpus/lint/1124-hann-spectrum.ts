// Short-time spectrum of a chirp: windows frames with a module-level Hann window, computes a DFT into real and imaginary parts, and reports power and spectral centroid.
import { zeros, NDArray } from "ndalias";

const FRAME = 16;
const HOP = 8;

function hann(n: number): NDArray {
  const w = zeros(n);
  for (let i = 0; i < n; i++) {
    w.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n));
  }
  return w;
}

const HANN = hann(FRAME);

interface Spectrum {
  re: NDArray;
  im: NDArray;
}

function dft(frame: NDArray): Spectrum {
  const n = frame.size;
  const bins = Math.floor(n / 2) + 1;
  const re = zeros(bins);
  const im = zeros(bins);
  for (let k = 0; k < bins; k++) {
    let sr = 0;
    let si = 0;
    for (let t = 0; t < n; t++) {
      const angle = (-2 * Math.PI * k * t) / n;
      sr += frame.get(t) * Math.cos(angle);
      si += frame.get(t) * Math.sin(angle);
    }
    re.set(k, sr);
    im.set(k, si);
  }
  return { re, im };
}

function powerSpectrum(spec: Spectrum): NDArray {
  return spec.re.mul(spec.re).add(spec.im.mul(spec.im));
}

function centroid(power: NDArray): number {
  let weighted = 0;
  for (let k = 0; k < power.size; k++) weighted += k * power.get(k);
  const total = power.sum();
  return total > 0 ? weighted / total : 0;
}

// Cuts one frame out of the signal and applies the window with its coherent gain compensated.
function windowedFrame(signal: NDArray, start: number): NDArray {
  const taper = HANN;
  taper.imul(FRAME / HANN.sum()); // expect: no-alias-mutation
  return signal.slice(`${start}:${start + FRAME}`).mul(taper);
}

function chirp(n: number): NDArray {
  const x = zeros(n);
  for (let i = 0; i < n; i++) {
    const f = 0.05 + (0.35 * i) / n;
    x.set(i, Math.sin(2 * Math.PI * f * i) + 0.3);
  }
  return x;
}

const signal = chirp(64);
console.log("window sum:", HANN.sum().toFixed(3));

const centroids: number[] = [];
for (let start = 0; start + FRAME <= signal.size; start += HOP) {
  const frame = windowedFrame(signal, start);
  const power = powerSpectrum(dft(frame));
  centroids.push(centroid(power));
}
console.log("centroid track:", centroids.map((c) => c.toFixed(2)).join(" "));

// Detailed look at the middle frame, with the DC bin removed for the centroid.
const spec = dft(windowedFrame(signal, 24));
const { re, im } = spec;
re.set(0, 0); // expect: no-alias-mutation
const acOnly = re.mul(re).add(im.mul(im));
console.log("AC centroid of the middle frame:", centroid(acOnly).toFixed(3));

// The raw spectrum is still needed for the DC level and the total power.
const rawPower = powerSpectrum(spec);
console.log("DC level of the middle frame:", spec.re.get(0).toFixed(3));
console.log("total power of the middle frame:", rawPower.sum().toFixed(3));

// Strided decimation of the signal, read only, for a quick overview.
const everyFourth = signal.slice("::4");
console.log("overview:", (everyFourth.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
console.log("window sum at the end:", HANN.sum().toFixed(3));
