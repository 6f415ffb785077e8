// Async sensor calibration service: readings are fetched per channel, a module-level baseline is maintained across awaits, and frames are corrected, normalised and clamped.
import { array, zeros, NDArray } from "ndalias";

const baseline = zeros(4);
let samples = 0;

const pause = (): Promise<void> => Promise.resolve();

async function fetchReading(channel: number): Promise<NDArray> {
  await pause();
  return array([20 + channel, 21 + channel, 19.5 + channel, 22 + channel]);
}

export async function accumulate(channel: number): Promise<number> {
  const reading = await fetchReading(channel);
  baseline.imul(samples);
  baseline.iadd(reading);
  samples++;
  baseline.idiv(samples);
  return baseline.mean();
}

export async function corrected(channel: number, drift: number): Promise<NDArray> {
  const reading = await fetchReading(channel);
  const ref = baseline;
  ref.iadd(drift); // expect: no-alias-mutation
  reading.isub(ref);
  await pause();
  console.log("baseline used for channel", channel, "mean:", baseline.mean());
  return reading;
}

export async function normalisePeak(frame: NDArray): Promise<number> {
  const peak = Math.max(frame.max(), -frame.min());
  await pause();
  frame.idiv(peak || 1); // expect: no-alias-mutation
  return peak;
}

export async function applyOffsets(frame: NDArray, offsets: NDArray): Promise<void> {
  await pause();
  frame.isub(offsets);
}

export async function clampedPeak(channel: number, hi: number): Promise<number> {
  const frame = (await fetchReading(channel)).sub(baseline);
  const centre = frame.slice("1:3");
  const centreMean = centre.mean();
  await pause();
  for (let i = 0; i < frame.size; i++) frame.set(i, Math.min(hi, frame.get(i)));
  return centreMean + frame.max();
}

export async function resetBaseline(): Promise<void> {
  await pause();
  baseline.fill(0);
  samples = 0;
}

async function main(): Promise<void> {
  for (const ch of [0, 1, 2]) console.log("baseline mean:", await accumulate(ch));
  const frame = await corrected(1, 0.5);
  const peak = await normalisePeak(frame);
  console.log("normalised frame:", frame.tolist(), "peak:", peak);
  await applyOffsets(frame, baseline.mul(0.01));
  console.log("offset frame:", frame.tolist(), "clamped peak:", await clampedPeak(2, 1.5));
  await resetBaseline();
}

void main();
