// Plugin host that runs a gain stage (with an in-place option) and a soft clipper over a stereo block, then blends wet and dry.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface ProcessorNode {
  readonly name: string;
  process(input: NDArray): NDArray;
}

class GainStage implements ProcessorNode {
  readonly name = "gain";
  constructor(
    private gainDb: number,
    private inPlace: boolean,
  ) {}

  get linear(): number {
    return Math.pow(10, this.gainDb / 20);
  }

  process(input: NDArray): NDArray {
    if (this.inPlace) {
      // saves an allocation per block on large sessions
      input.imul(this.linear); // expect: no-alias-mutation
      return input;
    }
    return input.mul(this.linear);
  }
}

class SoftClipper implements ProcessorNode {
  readonly name = "clip";
  constructor(private drive: number) {}

  process(input: NDArray): NDArray {
    const out = input.copy();
    for (let i = 0; i < out.size; i++) {
      const x = (out.data[i] as number) * this.drive;
      out.data[i] = Math.tanh(x) / Math.tanh(this.drive);
    }
    return out;
  }
}

class PeakMeter {
  private history = zeros(8);
  private pos = 0;

  push(block: NDArray): void {
    const peak = Math.max(block.max(), -block.min());
    this.history.set(this.pos, peak);
    this.pos = (this.pos + 1) % this.history.size;
  }

  holdLevel(): number {
    return this.history.max();
  }
}

function runChain(nodes: ProcessorNode[], block: NDArray): NDArray {
  let signal = block;
  for (const node of nodes) {
    signal = node.process(signal);
  }
  return signal;
}

function blend(dry: NDArray, wet: NDArray, mix: number): NDArray {
  return dry.mul(1 - mix).add(wet.mul(mix));
}

function toDb(level: number): number {
  return level > 0 ? 20 * Math.log10(level) : -Infinity;
}

const dryBlock = array([
  [0.1, 0.5, -0.3, 0.8, -0.2, 0.05],
  [0.2, -0.4, 0.6, -0.9, 0.3, -0.1],
]);

const inputMeter = new PeakMeter();
const outputMeter = new PeakMeter();
inputMeter.push(dryBlock);

const chain: ProcessorNode[] = [new GainStage(6, true), new SoftClipper(1.5)];
const wetBlock = runChain(chain, dryBlock);
const mixed = blend(dryBlock, wetBlock, 0.35);
outputMeter.push(mixed);

const left = mixed.slice(0);
const right = mixed.slice(1);
console.log("chain:", chain.map((n) => n.name).join(" -> "));
console.log("left:", left.tolist());
console.log("right:", right.tolist());
console.log("input peak dB:", toDb(inputMeter.holdLevel()).toFixed(2));
console.log("output peak dB:", toDb(outputMeter.holdLevel()).toFixed(2));
