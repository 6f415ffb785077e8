// Audio effect chain: a factory builds stages with their own buffers, wires encoder and decoder together and bundles the buffers.
import { empty, zeros, NDArray } from "ndalias";

interface Stage {
  name: string;
  buffer: NDArray;
  gain: number;
  next: Stage | null;
  prev: Stage | null;
  process(input: NDArray): NDArray;
}

function makeStage(name: string, size: number, gain: number): Stage {
  const stage: Stage = {
    name,
    buffer: zeros(size),
    gain,
    next: null,
    prev: null,
    process(input) {
      this.buffer.assign(":", input);
      this.buffer.imul(this.gain);
      return this.buffer.copy();
    },
  };
  return stage;
}

function runChain(head: Stage, input: NDArray): NDArray {
  let signal = input;
  let node: Stage | null = head;
  while (node !== null) {
    signal = node.process(signal);
    node = node.next;
  }
  return signal;
}

export function buildCodec(size: number): { head: Stage; tail: Stage; bundle: NDArray } {
  const encoder = makeStage("encoder", size, 0.5);
  const limiter = makeStage("limiter", size, 0.9);
  const decoder = makeStage("decoder", size, 2);

  encoder.next = limiter;
  limiter.next = decoder;

  limiter.gain = Math.min(limiter.gain, 1 / decoder.gain + 0.4);

  // feedback path: the decoder output is fed back into the encoder
  decoder.next = encoder; // expect: no-reference-cycle

  const bundle = empty(4, "object");
  bundle.set(0, encoder.buffer);
  bundle.set(1, limiter.buffer);
  bundle.set(2, decoder.buffer);
  bundle.set(3, bundle); // expect: no-reference-cycle

  return { head: encoder, tail: decoder, bundle };
}

export function buildLinear(size: number): Stage {
  const a = makeStage("pre", size, 1.5);
  const b = makeStage("post", size, 0.25);
  a.next = b;
  return a;
}

function stageNames(head: Stage, limit: number): string[] {
  const names: string[] = [];
  let node: Stage | null = head;
  while (node !== null && names.length < limit) {
    names.push(node.name);
    node = node.next;
  }
  return names;
}

const linear = buildLinear(4);
const out = runChain(linear, zeros(4).add(1));
console.log("linear chain:", stageNames(linear, 8).join(" -> "), out.tolist());

const codec = buildCodec(4);
console.log("codec chain:", stageNames(codec.head, 6).join(" -> "));
console.log("bundle slots:", codec.bundle.size, "tail gain:", codec.tail.gain);
