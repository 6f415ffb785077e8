// Audio frame effects: smoothing into an optional output frame that defaults to a shared scratch frame, gain, fade-in, peaks and normalisation.
import { array, full, linspace, zeros, NDArray } from "ndalias";

const FRAME = 8;
const SCRATCH = zeros(FRAME);
const UNIT_GAIN = full(FRAME, 1);

function movingAverage(x: NDArray, width: number): NDArray {
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    let acc = 0;
    let n = 0;
    for (let j = Math.max(0, i - width + 1); j <= i; j++) {
      acc += x.get(j);
      n++;
    }
    out.set(i, acc / n);
  }
  return out;
}

// Smooths a frame; callers that do not pass a buffer get the scratch frame.
export function smoothFrame(frame: NDArray, out: NDArray = SCRATCH): NDArray {
  if (frame.size !== out.size) {
    throw new RangeError(`frame has ${frame.size} samples, output buffer ${out.size}`);
  }
  const averaged = movingAverage(frame, 3);
  out.assign(":", averaged); // expect: no-alias-mutation
  return out;
}

export function applyGain(frame: NDArray, gain: NDArray = UNIT_GAIN): NDArray {
  return frame.mul(gain);
}

export function fadeIn(frame: NDArray, ramp: NDArray = linspace(0, 1, FRAME)): void {
  frame.imul(ramp);
}

export function peakNormalized(frame: NDArray, headroom = 0.99): NDArray {
  const peak = Math.max(frame.max(), -frame.min());
  const result = frame.div(peak === 0 ? 1 : peak);
  result.imul(headroom);
  return result;
}

// Quietest, median and loudest sample over both channels of a [2, FRAME] block.
export function channelSpread(stereo: NDArray): number[] {
  const flat = stereo.ravel();
  flat.sort(); // expect: no-view-mutation
  return [flat.get(0), flat.get(Math.floor(flat.size / 2)), flat.get(flat.size - 1)];
}

function rms(frame: NDArray): number {
  return Math.sqrt(frame.mul(frame).mean());
}

function zeroCrossings(frame: NDArray): number {
  let count = 0;
  for (let i = 1; i < frame.size; i++) {
    if (Math.sign(frame.get(i)) !== Math.sign(frame.get(i - 1))) count++;
  }
  return count;
}

function report(label: string, frame: NDArray): void {
  console.log(`${label}: rms=${rms(frame).toFixed(3)} zc=${zeroCrossings(frame)}`, frame.tolist());
}

const left = array([0.1, 0.5, -0.2, 0.8, -0.6, 0.3, 0.0, -0.4]);
const right = array([-0.3, 0.2, 0.6, -0.1, 0.4, -0.7, 0.2, 0.5]);

const smoothLeft = smoothFrame(left);
const smoothRight = smoothFrame(right);
report("smoothed left", smoothLeft);
report("smoothed right", smoothRight);

const ownBuffer = zeros(FRAME);
report("smoothed into own buffer", smoothFrame(left, ownBuffer));

const boosted = applyGain(right, full(FRAME, 1.5));
fadeIn(boosted);
report("boosted and faded", boosted);
report("normalised", peakNormalized(boosted));

const stereo = zeros([2, FRAME]);
stereo.assign(0, left);
stereo.assign(1, right);
console.log("spread:", channelSpread(stereo));
console.log("left channel:", stereo.slice(0).tolist(), "right channel:", stereo.slice(1).tolist());
