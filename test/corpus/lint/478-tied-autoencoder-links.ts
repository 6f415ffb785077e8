// A tied-weight autoencoder: the decoder points at its encoder, blocks form a forward chain and a cyclic LR schedule drives training.
import { array, empty, NDArray, zeros } from "ndalias";

function matvec(w: NDArray, x: NDArray): NDArray {
  const out = zeros(w.shape[0]);
  for (let i = 0; i < w.shape[0]; i++) {
    let acc = 0;
    for (let j = 0; j < w.shape[1]; j++) acc += w.get(i, j) * x.get(j);
    out.set(i, acc);
  }
  return out;
}

class Encoder {
  constructor(public weight: NDArray) {}
  forward(x: NDArray): NDArray {
    return matvec(this.weight, x);
  }
}

class Decoder {
  bias: NDArray;
  constructor(readonly tiedTo: Encoder) {
    this.bias = zeros(tiedTo.weight.shape[1]);
  }
  forward(code: NDArray): NDArray {
    return matvec(this.tiedTo.weight.T, code).add(this.bias);
  }
}

class Block {
  next: Block | null = null;
  constructor(readonly name: string, readonly scale: NDArray) {}
}

// Learning-rate phases of a cyclic schedule; the last phase loops back to the first.
interface Phase {
  lr: number;
  steps: number;
  next: Phase | null;
}

const warm: Phase = { lr: 0.01, steps: 2, next: null };
const peak: Phase = { lr: 0.05, steps: 3, next: null };
warm.next = peak;
peak.next = warm;

const encoder = new Encoder(array([[0.5, -0.5, 0.2], [0.1, 0.3, -0.4]]));
const decoder = new Decoder(encoder);

const norm = new Block("norm", array([1, 1, 1]));
const gate = new Block("gate", array([0.5, 0.5, 0.5]));
const out = new Block("out", array([2, 2, 2]));
norm.next = gate;
gate.next = out;

// Bias-only fine-tuning: the tied weights stay frozen.
const x = array([1, 0.5, -1]);
let phase: Phase = warm;
let left = phase.steps;
for (let step = 0; step < 8; step++) {
  const recon = decoder.forward(encoder.forward(x));
  const err = recon.sub(x);
  decoder.bias.isub(err.mul(2 * phase.lr));
  if (--left === 0 && phase.next !== null) {
    phase = phase.next;
    left = phase.steps;
  }
}

// Export the trained parameters, one slot each.
const registry = empty(3, "object");
registry.set(0, encoder.weight);
registry.set(1, decoder.bias);
registry.set(2, norm.scale);

let y = x.copy();
for (let b: Block | null = norm; b !== null; b = b.next) y = y.mul(b.scale);
console.log("final reconstruction:", decoder.forward(encoder.forward(x)).tolist());
console.log("block chain output:", y.tolist(), "registered arrays:", registry.size);
