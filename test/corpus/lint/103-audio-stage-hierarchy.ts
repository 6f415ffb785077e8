// An audio effects chain: stages override a void process() that writes the block it is given, and a tagged normaliser reports the peak it removed.
import { array, full, NDArray } from "ndalias";

abstract class Stage {
  protected readonly gain: NDArray;
  constructor(level: number, channels: number) {
    this.gain = full(channels, level);
  }
  abstract process(block: NDArray): void;
  level(): number {
    return this.gain.mean();
  }
}

class Gain extends Stage {
  process(block: NDArray): void {
    block.imul(this.gain.get(0));
  }
}

class Limiter extends Gain {
  constructor(private readonly ceiling: number, channels: number) {
    super(1.5, channels);
  }
  override process(block: NDArray): void {
    super.process(block);
    for (let i = 0; i < block.size; i++) {
      const v: number = block.get(i);
      if (Math.abs(v) > this.ceiling) block.set(i, Math.sign(v) * this.ceiling);
    }
  }
}

/**
 * Scales a block to unit peak in place and returns the old peak.
 * @ndalias write block
 */
function normalise(block: NDArray): number {
  const peak = Math.max(Math.abs(block.min()), Math.abs(block.max()));
  if (peak > 0) block.idiv(peak);
  return peak;
}

const chain: Stage[] = [new Gain(0.8, 2), new Limiter(0.9, 2)];
const blocks = [array([0.2, -0.9, 0.7, 1.2]), array([0.05, 0.1, -0.4, 0.3])];

blocks.forEach((b) => chain.forEach((s) => s.process(b)));
blocks.forEach((b) => b.imul(0.5));

const peak = normalise(blocks[0]);
console.log(`removed peak ${peak.toFixed(3)}, stage levels ${chain.map((s) => s.level()).join("/")}`);
console.log("blocks:", blocks.map((b) => b.tolist()));
