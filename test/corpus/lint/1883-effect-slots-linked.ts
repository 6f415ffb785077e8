// An insert rack as a doubly linked list of effect slots whose audio buffers live in a separate table, plus a forward send chain.
import { array, zeros, empty, NDArray } from "ndalias";

class EffectSlot {
  prev: EffectSlot | null = null;
  next: EffectSlot | null = null;
  constructor(
    readonly name: string,
    public mix: number,
  ) {}
}

class Rack {
  readonly head = new EffectSlot("input", 1);
  readonly tail = new EffectSlot("output", 1);
  constructor() {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }
  insertBefore(anchor: EffectSlot, slot: EffectSlot): void {
    slot.prev = anchor.prev;
    slot.next = anchor;
    if (anchor.prev) anchor.prev.next = slot;
    anchor.prev = slot;
  }
  *slots(): Generator<EffectSlot> {
    for (let s = this.head.next; s && s !== this.tail; s = s.next) yield s;
  }
}

// Forward-only send chain: each send owns its buffer and points at the next stage.
class Send {
  buffer: NDArray;
  downstream: Send | null = null;
  constructor(readonly label: string, size: number) {
    this.buffer = zeros(size);
  }
}

const BLOCK = 6;
const buffers = new Map<string, NDArray>();

const rack = new Rack();
for (const [name, mix] of [["eq", 1], ["chorus", 0.4], ["reverb", 0.25]] as const) {
  rack.insertBefore(rack.tail, new EffectSlot(name, mix));
  buffers.set(name, zeros(BLOCK));
}

const input = array([0.3, -0.1, 0.6, -0.4, 0.2, 0.05]);
let signal = input.copy();
for (const slot of rack.slots()) {
  const buf = buffers.get(slot.name);
  if (!buf) continue;
  buf.assign(":", signal);
  buf.imul(slot.mix);
  buf.iadd(signal.mul(1 - slot.mix));
  signal = buf.copy();
  console.log(`${slot.prev?.name} -> ${slot.name} -> ${slot.next?.name}: peak ${buf.max().toFixed(3)}`);
}
console.log("rack output:", signal.tolist());

// Sends are linked one way only.
const preSend = new Send("pre", BLOCK);
const postSend = new Send("post", BLOCK);
const monitorSend = new Send("monitor", BLOCK);
preSend.downstream = postSend;
postSend.downstream = monitorSend;

preSend.buffer.assign(":", input);
postSend.buffer.assign(":", preSend.buffer);
postSend.buffer.imul(0.8);
monitorSend.buffer.assign(":", postSend.buffer);
monitorSend.buffer.imul(0.8);
for (let s: Send | null = preSend; s; s = s.downstream) {
  const target = s.downstream ? s.downstream.label : "none";
  console.log(`send ${s.label} -> ${target}: sum ${s.buffer.sum().toFixed(3)}`);
}

// A routing table of return buffers, stored one way in an object-dtype array.
const returns = empty(2, "object");
const reverbReturn = zeros(BLOCK);
const delayReturn = zeros(BLOCK);
returns.set(0, reverbReturn);
returns.set(1, delayReturn);
reverbReturn.fill(0.1);
delayReturn.assign(":", signal);
delayReturn.imul(0.3);
let total = 0;
for (let i = 0; i < returns.size; i++) {
  const r = returns.get(i) as NDArray;
  total += r.sum();
}
console.log("return total:", total.toFixed(4), "input:", input.tolist());
