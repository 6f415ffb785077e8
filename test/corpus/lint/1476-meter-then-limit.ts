// Mastering chain step: meter the stereo block, then limit and apply make-up gain in place, then meter the result.
import { array, zeros, NDArray } from "ndalias";

function rms(channel: NDArray): number {
  return Math.sqrt(channel.mul(channel).mean());
}

function peakAbs(channel: NDArray): number {
  return Math.max(channel.max(), -channel.min());
}

class LoudnessAnalyzer {
  private rmsByChannel = zeros(2);
  private peakByChannel = zeros(2);
  private blocks = 0;

  capture(block: NDArray): void {
    for (let c = 0; c < 2; c++) {
      const lane = block.slice(c);
      this.rmsByChannel.set(c, rms(lane));
      this.peakByChannel.set(c, Math.max(this.peakByChannel.get(c), peakAbs(lane)));
    }
    this.blocks++;
  }

  crestFactorDb(channel: number): number {
    const r = this.rmsByChannel.get(channel);
    return r > 0 ? 20 * Math.log10(this.peakByChannel.get(channel) / r) : 0;
  }

  reset(): void {
    this.rmsByChannel.fill(0);
    this.peakByChannel.fill(0);
    this.blocks = 0;
  }

  get count(): number {
    return this.blocks;
  }
}

/** Scales the block so that its peak does not exceed the ceiling. */
function limitInPlace(block: NDArray, ceiling: number): void {
  const peak = peakAbs(block);
  if (peak > ceiling) {
    block.imul(ceiling / peak);
  }
}

function softKnee(block: NDArray, threshold: number): void {
  for (let i = 0; i < block.size; i++) {
    const x = block.data[i] as number;
    const mag = Math.abs(x);
    if (mag > threshold) {
      const compressed = threshold + (mag - threshold) / 4;
      block.data[i] = Math.sign(x) * compressed;
    }
  }
}

function balanceDb(left: NDArray, right: NDArray): number {
  return 20 * Math.log10(rms(left) / rms(right));
}

const block = array([
  [0.95, -0.7, 0.4, -0.2, 0.88, -0.91, 0.3, 0.05],
  [0.8, -0.65, 0.35, -0.25, 0.7, -0.85, 0.2, 0.1],
]);

const preAnalyzer = new LoudnessAnalyzer();
const postAnalyzer = new LoudnessAnalyzer();

// everything that looks at the unprocessed block happens here
const leftIn = block.slice(0);
const rightIn = block.slice(1);
const inputBalance = balanceDb(leftIn, rightIn);
preAnalyzer.capture(block);

softKnee(block, 0.6);
limitInPlace(block, 0.7);
const makeupDb = 2;
block.imul(Math.pow(10, makeupDb / 20));
block.slice(":", 0).fill(0);

// views taken after processing see the processed samples, as intended
const leftOut = block.slice(0);
const rightOut = block.slice(1);
postAnalyzer.capture(block);

console.log("input balance dB:", inputBalance.toFixed(2));
console.log("output balance dB:", balanceDb(leftOut, rightOut).toFixed(2));
console.log("crest in/out L:", preAnalyzer.crestFactorDb(0).toFixed(2), postAnalyzer.crestFactorDb(0).toFixed(2));
console.log("output:", block.tolist());
preAnalyzer.reset();
console.log("analysed blocks:", postAnalyzer.count);
