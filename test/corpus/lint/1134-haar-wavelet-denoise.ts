// Two-level Haar wavelet denoising of a noisy step signal: strided views of the input are only read, coefficients live in fresh arrays that are thresholded in place and reconstructed.
import { array, zeros, eye, NDArray } from "ndalias";

interface HaarLevel {
  approx: NDArray;
  detail: NDArray;
}

function haarForward(x: NDArray): HaarLevel {
  const even = x.slice("::2");
  const odd = x.slice("1::2");
  const approx = even.add(odd).mul(Math.SQRT1_2);
  const detail = even.sub(odd).mul(Math.SQRT1_2);
  return { approx, detail };
}

function haarInverse(approx: NDArray, detail: NDArray): NDArray {
  const out = zeros(approx.size * 2);
  out.slice("::2").assign(":", approx.add(detail).mul(Math.SQRT1_2));
  out.slice("1::2").assign(":", approx.sub(detail).mul(Math.SQRT1_2));
  return out;
}

// Soft thresholding of wavelet coefficients, in place.
function softThresholdInPlace(coeffs: NDArray, t: number): void {
  for (let i = 0; i < coeffs.size; i++) {
    const v = coeffs.get(i);
    coeffs.set(i, Math.sign(v) * Math.max(0, Math.abs(v) - t));
  }
}

// Robust noise estimate from the median absolute coefficient.
function noiseSigma(detail: NDArray): number {
  const absDev = zeros(detail.size);
  for (let i = 0; i < detail.size; i++) absDev.set(i, Math.abs(detail.get(i)));
  absDev.sort();
  return absDev.get(Math.floor(absDev.size / 2)) / 0.6745;
}

function rmse(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).mean());
}

function noisyStep(n: number): { clean: NDArray; noisy: NDArray } {
  const clean = zeros(n);
  clean.slice(`${n / 2}:`).fill(4);
  const noisy = clean.copy();
  let seed = 3;
  for (let i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    noisy.set(i, noisy.get(i) + (seed / 2147483647 - 0.5));
  }
  return { clean, noisy };
}

const { clean, noisy } = noisyStep(16);

// Level 1 and level 2 decompositions; every coefficient array is new memory.
const level1 = haarForward(noisy);
const level2 = haarForward(level1.approx);
const sigma = noiseSigma(level1.detail);
const threshold = sigma * Math.sqrt(2 * Math.log(noisy.size));
console.log("noise sigma:", sigma.toFixed(3), "threshold:", threshold.toFixed(3));

softThresholdInPlace(level1.detail, threshold);
softThresholdInPlace(level2.detail, threshold);
const approx1 = haarInverse(level2.approx, level2.detail);
const denoised = haarInverse(approx1, level1.detail);

console.log("rmse noisy:", rmse(noisy, clean).toFixed(3), "rmse denoised:", rmse(denoised, clean).toFixed(3));

// Residual energy per sample, squared in its own array.
const residual = noisy.sub(denoised);
residual.imul(residual);
console.log("residual energy:", residual.sum().toFixed(3));

// Even samples taken by fancy indexing, centred on their own copy.
const evenIdx = [0, 2, 4, 6, 8, 10, 12, 14];
const evenSamples = noisy.take(evenIdx);
evenSamples.isub(evenSamples.mean());
console.log("centred even samples:", (evenSamples.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// Odd samples of a strided view, converted to float32 and rescaled on the converted copy.
const oddF32 = noisy.slice("1::2").astype("float32");
oddF32.imul(0.25);
console.log("quarter-scale odd samples (float32):", (oddF32.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// A 2x2 mixing matrix from a fresh identity, used on the first approximation pair.
const mix = eye(2);
mix.imul(0.5);
mix.set([0, 1], 0.5);
const a0 = level2.approx.get(0);
const a1 = level2.approx.get(1);
console.log("mixed pair:", (mix.get(0, 0) * a0 + mix.get(0, 1) * a1).toFixed(3), (mix.get(1, 0) * a0 + mix.get(1, 1) * a1).toFixed(3));

console.log("noisy input (unchanged):", (noisy.tolist() as number[]).map((v) => v.toFixed(2)).join(" "));
