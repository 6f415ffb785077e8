// A minimal plugin host: runs stereo blocks through gain, channel-utility and feedback-delay plugins with per-slot wet/dry mix and metering.
// runnable
import { zeros, NDArray } from "ndalias";

const BLOCK_SIZE = 16;
const SAMPLE_RATE = 8000;

interface AudioPlugin {
  readonly id: string;
  bypass: boolean;
  process(block: NDArray): NDArray;
}

function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

function makeToneBlock(startSample: number, freq: number, amp: number): NDArray {
  const block = zeros([2, BLOCK_SIZE]);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const t = (startSample + i) / SAMPLE_RATE;
    block.set([0, i], amp * Math.sin(2 * Math.PI * freq * t));
    block.set([1, i], amp * Math.sin(2 * Math.PI * freq * t + 0.3));
  }
  return block;
}

class GainPlugin implements AudioPlugin {
  bypass = false;

  constructor(readonly id: string, private gainDb: number) {}

  setGainDb(db: number): void {
    this.gainDb = Math.max(-60, Math.min(12, db));
  }

  process(block: NDArray): NDArray {
    return block.mul(dbToGain(this.gainDb));
  }
}

class ChannelUtility implements AudioPlugin {
  bypass = false;

  constructor(readonly id: string, private muteLeft: boolean, private width: number) {}

  process(block: NDArray): NDArray {
    if (this.muteLeft) {
      const left = block.slice(0);
      left.fill(0); // expect: no-view-mutation
    }
    const mid = block.slice(0).add(block.slice(1)).mul(0.5);
    const side = block.slice(0).sub(block.slice(1)).mul(0.5 * this.width);
    const out = zeros(block.shape);
    out.assign("0", mid.add(side));
    out.assign("1", mid.sub(side));
    return out;
  }
}

class FeedbackDelay implements AudioPlugin {
  bypass = false;
  private readonly line: NDArray;
  private writePos = 0;

  constructor(readonly id: string, private delaySamples: number, private feedback: number, lineSize: number) {
    this.line = zeros([2, lineSize]);
  }

  process(block: NDArray): NDArray {
    const n = block.shape[1];
    const size = this.line.shape[1];
    const out = zeros(block.shape);
    for (let i = 0; i < n; i++) {
      const readPos = (this.writePos - this.delaySamples + size) % size;
      for (let ch = 0; ch < 2; ch++) {
        const dry = block.get(ch, i);
        const delayed = this.line.get(ch, readPos);
        out.set([ch, i], dry + delayed);
        this.line.set([ch, this.writePos], dry + delayed * this.feedback);
      }
      this.writePos = (this.writePos + 1) % size;
    }
    return out;
  }

  dampOldestTaps(count: number, amount: number): void {
    const size = this.line.shape[1];
    const taps: number[] = [];
    for (let k = 1; k <= count; k++) taps.push((this.writePos + k) % size);
    this.line.take(taps, 1).imul(amount); // expect: no-lost-write
  }

  tailEnergy(): number {
    return this.line.mul(this.line).sum();
  }
}

class PeakRmsMeter {
  readonly peaks = zeros(2);
  readonly rms = zeros(2);
  private readonly hold = zeros(2);

  constructor(private readonly decay: number) {}

  measure(block: NDArray): void {
    for (let ch = 0; ch < 2; ch++) {
      const chan = block.slice(ch);
      const peak = Math.max(chan.max(), -chan.min());
      this.peaks.set(ch, peak);
      this.rms.set(ch, Math.sqrt(chan.mul(chan).mean()));
      this.hold.set(ch, Math.max(peak, this.hold.get(ch) * this.decay));
    }
  }

  heldDb(): number[] {
    const out: number[] = [];
    for (let ch = 0; ch < 2; ch++) out.push(20 * Math.log10(Math.max(1e-9, this.hold.get(ch))));
    return out;
  }
}

class PluginSlot {
  constructor(readonly plugin: AudioPlugin, public mix: number) {}
}

class PluginHost {
  private readonly slots: PluginSlot[] = [];
  readonly meter = new PeakRmsMeter(0.9);
  blocksProcessed = 0;

  insert(plugin: AudioPlugin, mix = 1): void {
    this.slots.push(new PluginSlot(plugin, mix));
  }

  find(id: string): AudioPlugin | undefined {
    return this.slots.find((s) => s.plugin.id === id)?.plugin;
  }

  processBlock(input: NDArray): NDArray {
    let signal = input.copy();
    for (const slot of this.slots) {
      if (slot.plugin.bypass) continue;
      const dry = signal;
      const wet = slot.plugin.process(dry);
      signal = dry.mul(1 - slot.mix).add(wet.mul(slot.mix));
    }
    this.meter.measure(signal);
    this.blocksProcessed++;
    return signal;
  }
}

const host = new PluginHost();
const gain = new GainPlugin("gain", -3);
const delay = new FeedbackDelay("delay", 5, 0.4, 32);
host.insert(gain);
host.insert(new ChannelUtility("utility", true, 1.2), 0.5);
host.insert(delay, 0.35);

const rendered: NDArray[] = [];
for (let b = 0; b < 4; b++) {
  if (b === 2) gain.setGainDb(-6);
  const input = makeToneBlock(b * BLOCK_SIZE, 440, 0.8);
  rendered.push(host.processBlock(input));
}

console.log("blocks:", host.blocksProcessed, "held peaks (dB):", host.meter.heldDb().map((d) => d.toFixed(2)));
console.log("rms:", host.meter.rms.tolist());
const before = delay.tailEnergy();
const found = host.find("delay");
if (found instanceof FeedbackDelay) found.dampOldestTaps(8, 0.25);
console.log("delay tail energy before/after damping:", before.toFixed(4), delay.tailEnergy().toFixed(4));
console.log("last block, left channel:", rendered[rendered.length - 1].slice(0).tolist());
