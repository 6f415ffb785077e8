// Multichannel gain stage with one-pole parameter smoothing: targets glide toward new dB values block by block and the block is scaled into an output buffer.
import { array, full, zeros, NDArray } from "ndalias";

function dbToLinear(db: number): number {
  return Math.pow(10, db / 20);
}

export class SmoothedGain {
  current: NDArray;
  target: NDArray;
  private readonly coef: number;

  constructor(channels: number, initialDb: number, smoothingMs: number, sampleRate: number, blockSize: number) {
    this.current = full(channels, dbToLinear(initialDb));
    this.target = this.current.copy();
    this.coef = 1 - Math.exp(-blockSize / ((smoothingMs / 1000) * sampleRate));
  }

  setTargetDb(channel: number, db: number): void {
    if (channel < 0 || channel >= this.target.size) return;
    this.target.set(channel, dbToLinear(db));
  }

  private advance(): void {
    const step = this.target.sub(this.current);
    step.imul(this.coef);
    this.current.iadd(step);
  }

  /** Writes input * gain into output; both are [channels, frames]. */
  process(input: NDArray, output: NDArray): void {
    this.advance();
    const [channels, frames] = input.shape;
    for (let c = 0; c < channels; c++) {
      const g = this.current.get(c);
      for (let n = 0; n < frames; n++) {
        output.set([c, n], input.get(c, n) * g);
      }
    }
  }

  currentDb(): NDArray {
    const db = this.current.copy();
    for (let i = 0; i < db.size; i++) {
      db.set(i, 20 * Math.log10(Math.max(db.get(i), 1e-9)));
    }
    return db;
  }
}

/** Mutes one channel of a [channels, frames] block in place. */
function muteChannel(block: NDArray, channel: number): void {
  block.slice(channel).fill(0);
}

const stage = new SmoothedGain(2, -6, 20, 48000, 64);
const block = array([
  [0.5, -0.5, 0.25, -0.25],
  [0.1, 0.2, 0.3, 0.4],
]);
const out = zeros(block.shape);

const before = stage.current;
console.log("gain before automation:", before.tolist());

stage.setTargetDb(0, 0);
stage.setTargetDb(1, -12);
for (let i = 0; i < 3; i++) {
  stage.process(block, out);
}

let display: NDArray = stage.current;
display = display.mul(100);
display.idiv(stage.target.max());
console.log("gain as % of loudest target:", display.tolist());
console.log("gain (dB):", stage.currentDb().tolist());

muteChannel(out, 1);
console.log("output block:", out.tolist());
console.log("linear gains:", stage.current.tolist());
