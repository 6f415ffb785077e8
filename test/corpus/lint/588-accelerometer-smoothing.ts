// Smooths accelerometer samples with a centred 3-point moving average, in place on large inputs, and prints the jitter removed.
// runnable
import { array, zeros, NDArray } from "ndalias";

function outputBufferFor(input: NDArray, lowMemory: boolean): NDArray {
  return lowMemory ? input : zeros(input.size);
}

function peakToPeak(x: NDArray): number {
  return x.max() - x.min();
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function detrended(x: NDArray): NDArray {
  return x.sub(x.mean());
}

function summarize(label: string, x: NDArray): void {
  console.log(`${label}: rms=${rms(x).toFixed(3)} peak-to-peak=${peakToPeak(x).toFixed(3)}`);
}

const samples = array([0.0, 1.2, 0.1, 1.4, 0.2, 1.1, 0.0, 1.3]);
const n = samples.size;
const lowMemory = n > 4;
summarize("raw", samples);

const smoothed = outputBufferFor(samples, lowMemory);
for (let i = 0; i < n; i++) {
  const left = samples.get(Math.max(0, i - 1));
  const right = samples.get(Math.min(n - 1, i + 1));
  smoothed.set(i, (left + samples.get(i) + right) / 3); // expect: no-alias-mutation
}

const jitter = samples.sub(smoothed);
console.log("smoothed:", (smoothed.tolist() as number[]).map((v) => v.toFixed(3)));
summarize("jitter removed", jitter);

const tilt = detrended(smoothed);
tilt.imul(9.81);
summarize("tilt acceleration (m/s^2)", tilt);
