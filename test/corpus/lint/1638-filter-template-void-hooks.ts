// Audio effect chain built on a template-method base class whose void hooks process each block in place, plus resettable filter state.
import { array, zeros, NDArray } from "ndalias";

abstract class Effect {
  protected state: NDArray;
  protected processed = 0;

  constructor(stateSize: number) {
    this.state = zeros(stateSize);
  }

  protected abstract processInPlace(block: NDArray): void;

  apply(block: NDArray): void {
    this.processInPlace(block);
    this.processed += block.size;
  }

  preview(block: NDArray): number {
    const trial = block.copy();
    this.processInPlace(trial);
    return trial.max();
  }

  reset(): void {
    this.state.fill(0);
    this.processed = 0;
  }

  get samplesProcessed(): number {
    return this.processed;
  }
}

class Gain extends Effect {
  constructor(private readonly db: number) {
    super(1);
  }

  protected processInPlace(block: NDArray): void {
    block.imul(Math.pow(10, this.db / 20));
  }
}

class OnePoleLowpass extends Effect {
  constructor(private readonly alpha: number) {
    super(1);
  }

  protected processInPlace(block: NDArray): void {
    let y = this.state.get(0);
    for (let i = 0; i < block.size; i++) {
      y = y + this.alpha * (block.get(i) - y);
      block.set(i, y);
    }
    this.state.set(0, y);
  }
}

class Echo extends Effect {
  private history: NDArray;

  constructor(private readonly delay: number, private readonly feedback: number) {
    super(delay);
    this.history = zeros(delay);
  }

  protected processInPlace(block: NDArray): void {
    for (let i = 0; i < block.size; i++) {
      const slot = (this.processed + i) % this.delay;
      const out = block.get(i) + this.feedback * this.history.get(slot);
      this.history.set(slot, out);
      block.set(i, out);
    }
  }

  override reset(): void {
    super.reset();
    this.history.fill(0);
  }
}

function runChain(effects: Effect[], block: NDArray): void {
  for (const fx of effects) fx.apply(block);
}

function peakAfter(effects: Effect[], block: NDArray): number {
  const work = block.copy();
  runChain(effects, work);
  return work.max();
}

function rms(block: NDArray): number {
  return Math.sqrt(block.mul(block).mean());
}

const chain: Effect[] = [new Gain(6), new OnePoleLowpass(0.5), new Echo(3, 0.4)];
const input = array([0.0, 0.5, 1.0, 0.5, 0.0, -0.5, -1.0, -0.5]);

console.log("gain preview peak:", chain[0].preview(input).toFixed(3));
console.log("predicted chain peak:", peakAfter(chain, input).toFixed(3));
for (const fx of chain) fx.reset();

const live = input.copy();
runChain(chain, live);
console.log("input rms:", rms(input).toFixed(3), "output rms:", rms(live).toFixed(3));
console.log("processed samples:", chain.map((fx) => fx.samplesProcessed).join(", "));

for (const fx of chain) fx.reset();
const second = array([1, 0, 0, 0, 0, 0]);
runChain(chain, second);
console.log("impulse response:", second.tolist());
