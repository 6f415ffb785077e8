// Designs windowed-sinc FIR filters, registers them in an object-dtype filter bank, filters a noisy two-tone signal with each and reports output power.
import { empty, zeros, NDArray } from "ndalias";

const SAMPLE_RATE = 800;
const NUM_TAPS = 21;

function windowedSinc(numTaps: number, cutoffHz: number): NDArray {
  const fc = cutoffHz / SAMPLE_RATE;
  const taps = zeros(numTaps);
  const mid = (numTaps - 1) / 2;
  for (let i = 0; i < numTaps; i++) {
    const t = i - mid;
    const ideal = t === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * t) / (Math.PI * t);
    const hamming = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (numTaps - 1));
    taps.set(i, ideal * hamming);
  }
  taps.idiv(taps.sum());
  return taps;
}

// High-pass by spectral inversion of a low-pass: negate it and add a unit impulse at the centre.
function spectralInversion(lowpass: NDArray): NDArray {
  const highpass = lowpass.mul(-1);
  const mid = (highpass.size - 1) / 2;
  highpass.set(mid, highpass.get(mid) + 1);
  return highpass;
}

function convolve(signal: NDArray, taps: NDArray): NDArray {
  const n = signal.size;
  const k = taps.size;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < k; j++) {
      const idx = i - j;
      if (idx >= 0) acc += signal.get(idx) * taps.get(j);
    }
    out.set(i, acc);
  }
  return out;
}

function power(x: NDArray): number {
  return x.mul(x).mean();
}

function twoToneWithNoise(n: number, f1: number, f2: number): NDArray {
  const x = zeros(n);
  let seed = 7;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const noise = (seed / 2147483648 - 0.5) * 0.2;
    const t = i / SAMPLE_RATE;
    x.set(i, Math.sin(2 * Math.PI * f1 * t) + 0.5 * Math.sin(2 * Math.PI * f2 * t) + noise);
  }
  return x;
}

// The last slot of the bank is meant to let a cascade stage reach the whole bank.
function buildBank(lowpass: NDArray, highpass: NDArray, bandpass: NDArray): NDArray {
  const bank = empty(4, "object");
  bank.set(0, lowpass);
  bank.set(1, highpass);
  bank.set(2, bandpass);
  bank.set(3, bank); // expect: no-reference-cycle
  return bank;
}

const lowpass = windowedSinc(NUM_TAPS, 60);
const highpass = spectralInversion(windowedSinc(NUM_TAPS, 150));
const bandpass = windowedSinc(NUM_TAPS, 150).sub(windowedSinc(NUM_TAPS, 60));

// Scale the band-pass to unit peak tap before it goes into the bank.
const peakTap = Math.max(bandpass.max(), -bandpass.min());
const unitPeak = bandpass.copy();
unitPeak.idiv(peakTap); // expect: no-lost-write

const bank = buildBank(lowpass, highpass, bandpass);
const names = ["low-pass", "high-pass", "band-pass"];

const input = twoToneWithNoise(160, 20, 250);
console.log("input power:", power(input).toFixed(4));

for (let k = 0; k < names.length; k++) {
  const taps: NDArray = bank.get(k);
  const output = convolve(input, taps);
  const settled = output.slice(`${NUM_TAPS}:`);
  console.log(
    `${names[k].padEnd(10)} taps sum=${taps.sum().toFixed(3)} peak=${taps.max().toFixed(3)} output power=${power(settled).toFixed(4)}`,
  );
}

// Cascade: low-pass twice gives a steeper roll-off; the intermediate result is a fresh array.
const once = convolve(input, lowpass);
const twice = convolve(once, lowpass);
twice.imul(1.0 / Math.max(1e-9, twice.slice(`${2 * NUM_TAPS}:`).max()));
console.log("cascade peak-normalised power:", power(twice.slice(`${2 * NUM_TAPS}:`)).toFixed(4));
