// Stereo audio utilities: channel balance, an even/odd phase check, a limited mono mixdown and a fade-in of one block.
import { array, zeros, NDArray } from "ndalias";

interface BalanceReport {
  leftPeak: number;
  rightPeak: number;
  ratioDb: number;
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function toDb(ratio: number): number {
  return 20 * Math.log10(Math.max(ratio, 1e-9));
}

/** Applies a gain to the left channel only and compares the channel peaks. */
function balanceReport(frames: number[][], leftGain: number): BalanceReport {
  const stereo = array(frames); // [2, samples], owned by this function
  const left = stereo.slice(0);
  const right = stereo.slice(1);
  left.imul(leftGain);
  const leftPeak = peak(left);
  const rightPeak = peak(right);
  return { leftPeak, rightPeak, ratioDb: toDb(leftPeak / rightPeak) };
}

/** Flips the polarity of the odd samples on a scratch copy and returns the mean of the even/odd sum. */
function phaseImbalance(signal: NDArray): number {
  const work = signal.copy();
  const even = work.slice("::2");
  const odd = work.slice("1::2");
  odd.imul(-1);
  const paired = even.add(odd);
  return paired.mean() / Math.max(1e-9, peak(odd));
}

/** Mixes both channels of a fresh buffer down to mono. */
function mixdown(frames: number[][], gains: [number, number]): NDArray {
  const stereo = array(frames);
  const mono = zeros(stereo.shape[1]);
  mono.iadd(stereo.slice(0).mul(gains[0]));
  mono.iadd(stereo.slice(1).mul(gains[1]));
  mono.idiv(gains[0] + gains[1]);
  return mono;
}

/** Hard-limits a mono signal in place. */
function limitInPlace(signal: NDArray, ceiling: number): void {
  for (let i = 0; i < signal.size; i++) {
    const v = signal.get(i);
    if (Math.abs(v) > ceiling) signal.set(i, Math.sign(v) * ceiling);
  }
}

const frames = [
  [0.12, 0.4, -0.35, 0.8, -0.6, 0.22, 0.05, -0.9],
  [0.1, 0.3, -0.3, 0.55, -0.5, 0.2, 0.04, -0.6],
];

const report = balanceReport(frames, 0.7);
console.log(
  `left peak ${report.leftPeak.toFixed(3)}, right peak ${report.rightPeak.toFixed(3)},` +
    ` ratio ${report.ratioDb.toFixed(2)} dB`,
);

const leftSignal = array(frames[0]);
console.log("phase imbalance (left):", phaseImbalance(leftSignal).toFixed(4));
console.log("left signal is untouched:", leftSignal.tolist());

const mono = mixdown(frames, [1, 1]);
const monoPeakBefore = peak(mono);
limitInPlace(mono, 0.5);
console.log("mono peak before/after limiting:", monoPeakBefore.toFixed(3), peak(mono).toFixed(3));

// Split a mono block into its first and second halves; fade the first half in.
const block = mono.copy();
const half = block.size / 2;
const firstHalf = block.slice(`:${half}`);
const secondHalf = block.slice(`${half}:`);
const secondPeak = peak(secondHalf);
const ramp = zeros(half);
for (let i = 0; i < half; i++) ramp.set(i, i / half);
firstHalf.imul(ramp);
console.log("faded first half:", firstHalf.tolist(), "second half peak:", secondPeak.toFixed(3));

const summary = zeros(3);
summary.set(0, report.leftPeak);
summary.set(1, report.rightPeak);
summary.set(2, peak(mono));
console.log("summary peaks:", summary.tolist());
