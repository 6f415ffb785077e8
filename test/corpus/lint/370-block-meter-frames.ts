// Block peak/RMS meter: each block is split into sub-frames through a reshaped view for peak hold, then makeup gain and a de-click fade are applied.
import { array, zeros, NDArray } from "ndalias";

export class BlockMeter {
  readonly peakHold: NDArray;
  readonly rmsHistory: NDArray;
  private cursor = 0;

  constructor(readonly subFrames: number, historyLength: number) {
    this.peakHold = zeros(subFrames);
    this.rmsHistory = zeros(historyLength);
  }

  measure(block: NDArray): number {
    if (block.size % this.subFrames !== 0) {
      throw new RangeError(`a block of ${block.size} samples does not split into ${this.subFrames} frames`);
    }
    const frames = block.reshape(this.subFrames, block.size / this.subFrames);
    let loudest = 0;
    for (let f = 0; f < this.subFrames; f++) {
      const frame = frames.slice(f);
      const peak = Math.max(frame.max(), -frame.min());
      this.peakHold.set(f, Math.max(peak, this.peakHold.get(f) * 0.9));
      loudest = Math.max(loudest, peak);
    }
    const energy = block.mul(block);
    energy.imul(1 / block.size);
    this.rmsHistory.set(this.cursor, Math.sqrt(energy.sum()));
    this.cursor = (this.cursor + 1) % this.rmsHistory.size;
    return loudest;
  }

  averageRms(): number {
    return this.rmsHistory.mean();
  }
}

/** Scales the block in place so that its peak lands on the ceiling. */
function applyMakeup(block: NDArray, peak: number, ceiling: number): void {
  if (peak <= 0) return;
  block.imul(ceiling / peak);
}

function fadeOutTail(block: NDArray, length: number): void {
  for (let i = 0; i < length; i++) {
    const idx = block.size - length + i;
    block.set(idx, block.get(idx) * (1 - (i + 1) / length));
  }
}

const meter = new BlockMeter(4, 8);
const blocks = [
  array([0.1, 0.3, -0.2, 0.4, 0.6, -0.5, 0.2, 0.1, -0.1, 0.05, 0.3, -0.4, 0.2, 0.1, 0.0, -0.1]),
  array([0.02, -0.01, 0.03, 0.0, 0.01, 0.02, -0.03, 0.01, 0.0, 0.01, -0.02, 0.02, 0.01, 0.0, 0.01, -0.01]),
];

for (const block of blocks) {
  const peak = meter.measure(block);
  if (peak < 0.05) {
    console.log("block below gate, left untouched");
    continue;
  }
  const firstQuarter = block.slice(`0:${block.size / 4}`);
  console.log("first quarter mean before makeup:", firstQuarter.mean().toFixed(3));

  applyMakeup(block, peak, 0.9);
  fadeOutTail(block, 4);
  block.slice("-1:").fill(0);

  const after = block.reshape(4, block.size / 4);
  for (let f = 0; f < 4; f++) {
    console.log(`frame ${f} peak after makeup:`, after.slice(f).max().toFixed(3));
  }
}

console.log("peak hold:", meter.peakHold.tolist());
console.log("average rms:", meter.averageRms().toFixed(4));
