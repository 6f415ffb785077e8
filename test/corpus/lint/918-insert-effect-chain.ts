// Insert-effect chain of a mixer channel: each node owns a scratch buffer, the nodes form a doubly linked chain, and the mounted head node reaches its host channel for the sample rate.
import { array, zeros, NDArray } from "ndalias";

class Channel {
  head: EffectNode | null = null;
  readonly bus: NDArray;
  constructor(
    readonly name: string,
    readonly blockSize: number,
    readonly sampleRate: number,
  ) {
    this.bus = zeros(blockSize);
  }

  // Runs the chain on a copy of the bus and writes the result back; returns the output peak.
  run(): number {
    let signal = this.bus.copy();
    for (let node = this.head; node !== null; node = node.next) {
      signal = node.process(signal);
    }
    this.bus.assign(":", signal);
    return Math.max(this.bus.max(), -this.bus.min());
  }
}

abstract class EffectNode {
  host: Channel | null = null;
  next: EffectNode | null = null;
  prev: EffectNode | null = null;
  readonly scratch: NDArray;
  constructor(blockSize: number) {
    this.scratch = zeros(blockSize);
  }
  abstract process(input: NDArray): NDArray;
}

class Gain extends EffectNode {
  constructor(blockSize: number, private readonly gain: number) {
    super(blockSize);
  }
  process(input: NDArray): NDArray {
    this.scratch.assign(":", input);
    this.scratch.imul(this.gain);
    return this.scratch.copy();
  }
}

class OnePoleLowpass extends EffectNode {
  private z = 0;
  constructor(blockSize: number, private readonly cutoff: number) {
    super(blockSize);
  }
  process(input: NDArray): NDArray {
    const rate = this.host ? this.host.sampleRate : 48000;
    const a = Math.exp((-2 * Math.PI * this.cutoff) / rate);
    for (let i = 0; i < input.size; i++) {
      this.z = (1 - a) * (input.get(i) as number) + a * this.z;
      this.scratch.set(i, this.z);
    }
    return this.scratch.copy();
  }
}

class HardClip extends EffectNode {
  constructor(blockSize: number, private readonly limit: number) {
    super(blockSize);
  }
  process(input: NDArray): NDArray {
    const out = input.copy();
    for (let i = 0; i < out.size; i++) {
      const v: number = out.get(i);
      out.set(i, Math.max(-this.limit, Math.min(this.limit, v)));
    }
    return out;
  }
}

// Appends a node at the end of the chain; the host link is set when a node is mounted.
function insert(channel: Channel, node: EffectNode): void {
  let last = channel.head;
  while (last !== null && last.next !== null) last = last.next;
  if (last === null) {
    channel.head = node;
  } else {
    last.next = node;
  }
}

// Places `after` directly behind `before`, keeping both directions of the chain.
function link(before: EffectNode, after: EffectNode): void {
  after.next = before.next;
  before.next = after;
  after.prev = before; // expect: no-reference-cycle
}

// Makes a node the first of a channel's chain.
function mountFirst(channel: Channel, node: EffectNode): void {
  node.next = channel.head;
  channel.head = node;
  node.host = channel; // expect: no-reference-cycle
}

const BLOCK = 8;
const vocal = new Channel("vocal", BLOCK, 44100);
const trim = new Gain(BLOCK, 1.5);
const clip = new HardClip(BLOCK, 0.6);
const tone = new OnePoleLowpass(BLOCK, 3000);

insert(vocal, trim);
link(trim, clip);
mountFirst(vocal, tone);

vocal.bus.assign(":", array([0.1, 0.3, -0.5, 0.7, -0.2, 0.45, -0.6, 0.05]));
const peakOut = vocal.run();
console.log(`${vocal.name}: output peak ${peakOut.toFixed(3)}`);
console.log("bus after chain:", vocal.bus.tolist());

const names: string[] = [];
for (let node = vocal.head; node !== null; node = node.next) names.push(node.constructor.name);
console.log("chain:", names.join(" -> "));
