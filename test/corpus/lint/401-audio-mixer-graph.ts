// Audio mixer engine: channel strips with gain and pan, a master bus with crossfading between blocks, peak normalisation and a routing table.
import { zeros, linspace, empty, NDArray } from "ndalias";

export class ChannelStrip {
  buffer: NDArray;
  gain = 1;
  pan = 0;
  muted = false;

  constructor(readonly label: string, blockSize: number) {
    this.buffer = zeros(blockSize);
  }

  static panLaw(pan: number): [number, number] {
    const angle = ((pan + 1) * Math.PI) / 4;
    return [Math.cos(angle), Math.sin(angle)];
  }

  load(samples: NDArray): void {
    this.buffer.assign(":", samples);
  }

  mute(): void {
    this.buffer.fill(0);
    this.muted = true;
  }

  rms(): number {
    return Math.sqrt(this.buffer.mul(this.buffer).mean());
  }

  contribution(): NDArray {
    return this.buffer.mul(this.muted ? 0 : this.gain);
  }
}

export function applyGainInPlace(samples: NDArray, gain: number): void {
  samples.imul(gain);
}

export class MixerEngine {
  private readonly channels: ChannelStrip[] = [];
  private readonly channelByLabel = new Map<string, ChannelStrip>();
  private master: NDArray;
  private left: NDArray;
  private right: NDArray;
  private routing: NDArray | null = null;
  private blocks = 0;

  constructor(private readonly blockSize: number, private readonly fadeLength: number) {
    this.master = zeros(blockSize);
    this.left = zeros(blockSize);
    this.right = zeros(blockSize);
  }

  addChannel(label: string): ChannelStrip {
    const strip = new ChannelStrip(label, this.blockSize);
    this.channels.push(strip);
    this.channelByLabel.set(label, strip);
    return strip;
  }

  channel(label: string): ChannelStrip | undefined {
    return this.channelByLabel.get(label);
  }

  buildRouting(): void {
    const sends = empty(this.channels.length + 1, "object");
    const returns = empty(2, "object");
    this.channels.forEach((strip, i) => sends.set(i, strip.buffer));
    returns.set(0, this.master);
    returns.set(1, sends);
    sends.set(this.channels.length, returns); // expect: no-reference-cycle
    this.routing = sends;
  }

  private sumChannels(): void {
    this.master.fill(0);
    for (const strip of this.channels) {
      this.master.iadd(strip.contribution());
    }
  }

  private splitStereo(): void {
    this.left.fill(0);
    this.right.fill(0);
    for (const strip of this.channels) {
      const [l, r] = ChannelStrip.panLaw(strip.pan);
      const dry = strip.contribution();
      this.left.iadd(dry.mul(l));
      this.right.iadd(dry.mul(r));
    }
  }

  renderBlock(): NDArray {
    this.sumChannels();
    this.splitStereo();
    this.blocks++;
    return this.master.copy();
  }

  crossfadeBlock(next: NDArray): NDArray {
    const previousTail = this.master.slice(`${this.blockSize - this.fadeLength}:`);
    this.master.assign(":", next); // expect: no-view-mutation
    const rampIn = linspace(0, 1, this.fadeLength);
    const rampOut = rampIn.mul(-1).add(1);
    const head = this.master.slice(`0:${this.fadeLength}`).mul(rampIn);
    return head.add(previousTail.mul(rampOut));
  }

  normalizeChannel(label: string): number {
    const strip = this.channelByLabel.get(label);
    if (!strip) return 0;
    const peak = Math.max(strip.buffer.max(), -strip.buffer.min());
    if (peak > 1) {
      strip.buffer.astype("float32").idiv(peak); // expect: no-lost-write
    }
    return peak;
  }

  limitMaster(ceiling: number): number {
    const peak = Math.max(this.master.max(), -this.master.min());
    if (peak > ceiling) {
      this.master.imul(ceiling / peak);
    }
    return peak;
  }

  stereoBalance(): number {
    const l = this.left.mul(this.left).sum();
    const r = this.right.mul(this.right).sum();
    return l + r === 0 ? 0 : (r - l) / (l + r);
  }

  get blockCount(): number {
    return this.blocks;
  }

  reset(): void {
    this.master.fill(0);
    this.left.fill(0);
    this.right.fill(0);
    this.channels.forEach((strip) => strip.mute());
    this.blocks = 0;
  }

  dispose(): void {
    this.routing?.dispose();
    this.routing = null;
    this.master.dispose();
    this.left.dispose();
    this.right.dispose();
  }
}

const engine = new MixerEngine(8, 3);
const drums = engine.addChannel("drums");
const bass = engine.addChannel("bass");
drums.load(linspace(-1.5, 1.5, 8));
bass.load(linspace(0.2, -0.2, 8));
bass.pan = -0.5;
applyGainInPlace(bass.buffer, 0.8);
engine.buildRouting();

console.log("block:", engine.renderBlock().tolist(), "balance:", engine.stereoBalance());
console.log("drums peak:", engine.normalizeChannel("drums"), "drums rms:", drums.rms());
console.log("crossfade:", engine.crossfadeBlock(linspace(0.5, -0.5, 8)).tolist());
console.log("limited from peak:", engine.limitMaster(0.25), "blocks:", engine.blockCount);
engine.reset();
engine.dispose();
