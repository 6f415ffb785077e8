// Wires the stages of a small autoencoder (encoder, bottleneck, decoder) with optional tied weights and a refinement path.
import { ones, full, NDArray } from "ndalias";

class Stage {
  next: Stage | null = null;
  tiedTo: Stage | null = null;
  refine: Stage | null = null;
  constructor(
    readonly name: string,
    public weights: NDArray,
  ) {}

  forward(x: NDArray): NDArray {
    const source = this.tiedTo ? this.tiedTo.weights : this.weights;
    return x.mul(source);
  }
}

export function buildAutoencoder(size: number, tied: boolean): Stage {
  const encoder = new Stage("encoder", full(size, 0.8));
  const bottleneck = new Stage("bottleneck", full(size, 0.5));
  const decoder = new Stage("decoder", ones(size));
  encoder.next = bottleneck;
  bottleneck.next = decoder;
  if (tied) {
    // the encoder reuses the decoder's weights (transposed in the full model)
    encoder.tiedTo = decoder;
  }
  return encoder;
}

export function buildRefiningAutoencoder(size: number): Stage {
  const encoder = new Stage("encoder", full(size, 0.9));
  const bottleneck = new Stage("bottleneck", full(size, 0.4));
  const decoder = new Stage("decoder", full(size, 1.1));
  encoder.next = bottleneck;
  bottleneck.next = decoder;
  // the decoder's output is fed back through the encoder for a second pass
  decoder.refine = encoder; // expect: no-reference-cycle
  return encoder;
}

export function buildSplitHeads(size: number, shareLeft: boolean): [Stage, Stage] {
  const left = new Stage("left-head", full(size, 0.3));
  const right = new Stage("right-head", full(size, 0.7));
  if (shareLeft) {
    right.tiedTo = left;
  } else {
    left.tiedTo = right;
  }
  return [left, right];
}

function run(entry: Stage, x: NDArray, maxHops: number): NDArray {
  let out = x;
  let stage: Stage | null = entry;
  let hops = 0;
  while (stage && hops < maxHops) {
    out = stage.forward(out);
    stage = stage.next ?? stage.refine;
    hops++;
  }
  return out;
}

function describe(entry: Stage, maxHops: number): string {
  const names: string[] = [];
  let stage: Stage | null = entry;
  while (stage && names.length < maxHops) {
    names.push(stage.tiedTo ? `${stage.name}(tied to ${stage.tiedTo.name})` : stage.name);
    stage = stage.next ?? stage.refine;
  }
  return names.join(" -> ");
}

const input = full(4, 2);
const plain = buildAutoencoder(4, true);
console.log(describe(plain, 5), JSON.stringify(run(plain, input, 5).tolist()));

const refining = buildRefiningAutoencoder(4);
console.log(describe(refining, 6), JSON.stringify(run(refining, input, 6).tolist()));

const [left, right] = buildSplitHeads(4, true);
console.log(
  "heads:",
  JSON.stringify(left.forward(input).tolist()),
  JSON.stringify(right.forward(input).tolist()),
);
