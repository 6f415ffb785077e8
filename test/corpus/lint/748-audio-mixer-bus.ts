// The mixing console of a plugin host: channel strips with fader, pan, mute and aux send, a stereo master bus with scope preview, limiter and meters.
import { zeros, NDArray } from "ndalias";

const BLOCK = 16;

function peakOf(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function panGains(pan: number): [number, number] {
  const angle = ((pan + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}

function limitInPlace(bus: NDArray, ceiling: number): void {
  for (let i = 0; i < bus.size; i++) {
    const v = bus.data[i] as number;
    if (v > ceiling) bus.data[i] = ceiling;
    else if (v < -ceiling) bus.data[i] = -ceiling;
  }
}

function oscillator(freq: number, blockIndex: number, amp: number): NDArray {
  const out = zeros(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    out.set(i, amp * Math.sin(((blockIndex * BLOCK + i) * freq * 2 * Math.PI) / 1000));
  }
  return out;
}

class ChannelStrip {
  readonly buffer: NDArray;
  fader = 1;
  pan = 0;
  muted = false;
  sendLevel = 0;

  constructor(readonly name: string) {
    this.buffer = zeros(BLOCK);
  }

  load(block: NDArray): void {
    this.buffer.assign(":", block);
  }

  setFaderDb(db: number): void {
    this.fader = db <= -90 ? 0 : Math.pow(10, db / 20);
  }
}

class AuxReverb {
  private tail = zeros(BLOCK);

  constructor(private readonly decay: number) {}

  process(input: NDArray): NDArray {
    const wet = input.mul(0.3).add(this.tail.mul(this.decay));
    this.tail = wet.copy();
    return wet;
  }
}

class BusMeter {
  readonly peaks: number[] = [];
  readonly rms: number[] = [];

  measure(bus: NDArray): void {
    this.peaks.push(peakOf(bus));
    this.rms.push(Math.sqrt(bus.mul(bus).mean()));
  }
}

class Mixer {
  readonly master = zeros([2, BLOCK]);
  readonly aux = zeros(BLOCK);
  private readonly silence = zeros(BLOCK);
  readonly preFaderPeaks = new Map<string, number>();
  readonly scope: number[] = [];
  readonly meter = new BusMeter();
  private readonly reverb = new AuxReverb(0.5);

  constructor(readonly channels: ChannelStrip[]) {}

  private anySolo(solo: Set<string>): boolean {
    return this.channels.some((ch) => solo.has(ch.name));
  }

  mixdown(solo: Set<string>): NDArray {
    const preview = this.master.slice("0, 0:4");
    this.master.fill(0); // expect: no-view-mutation
    this.scope.push(preview.max());
    this.aux.fill(0);

    const soloActive = this.anySolo(solo);
    for (const ch of this.channels) {
      const silenced = ch.muted || (soloActive && !solo.has(ch.name));
      const signal = silenced ? this.silence : ch.buffer;
      signal.imul(ch.fader); // expect: no-alias-mutation
      this.preFaderPeaks.set(ch.name, peakOf(ch.buffer));
      const [gl, gr] = panGains(ch.pan);
      this.master.slice(0).iadd(signal.mul(gl));
      this.master.slice(1).iadd(signal.mul(gr));
      this.aux.iadd(signal.mul(ch.sendLevel));
    }

    const wet = this.reverb.process(this.aux);
    this.master.slice(0).iadd(wet);
    this.master.slice(1).iadd(wet);
    limitInPlace(this.master, 0.98);
    this.meter.measure(this.master);
    return this.master.copy();
  }
}

class Session {
  readonly mixer: Mixer;
  readonly bounced: NDArray[] = [];

  constructor() {
    const kick = new ChannelStrip("kick");
    const bass = new ChannelStrip("bass");
    const lead = new ChannelStrip("lead");
    bass.pan = -0.3;
    lead.pan = 0.4;
    lead.sendLevel = 0.5;
    this.mixer = new Mixer([kick, bass, lead]);
  }

  strip(name: string): ChannelStrip {
    const ch = this.mixer.channels.find((c) => c.name === name);
    if (!ch) throw new Error(`unknown channel "${name}"`);
    return ch;
  }

  render(blocks: number, solo: Set<string>): void {
    for (let b = 0; b < blocks; b++) {
      this.strip("kick").load(oscillator(60, b, b % 4 === 0 ? 0.9 : 0.1));
      this.strip("bass").load(oscillator(110, b, 0.5));
      this.strip("lead").load(oscillator(440, b, 0.3));
      if (b === 2) this.strip("lead").setFaderDb(-6);
      if (b === 3) this.strip("bass").muted = true;
      this.bounced.push(this.mixer.mixdown(solo));
    }
  }
}

const session = new Session();
session.render(6, new Set());
const lastBounce = session.bounced[session.bounced.length - 1];
console.log("master peaks:", session.mixer.meter.peaks.map((p) => p.toFixed(3)).join(" "));
console.log("master rms:", session.mixer.meter.rms.map((r) => r.toFixed(3)).join(" "));
console.log("scope:", session.mixer.scope.map((v) => v.toFixed(3)).join(" "));
console.log("pre-fader peaks:", [...session.mixer.preFaderPeaks.entries()]);
console.log("last bounce L/R sums:", lastBounce.slice(0).sum().toFixed(4), lastBounce.slice(1).sum().toFixed(4));
