// Builds mirrored encoder/decoder blocks for each stage of a small autoencoder, chains the encoders and measures reconstruction error.
import { zeros, ones, array, NDArray } from "ndalias";

class Block {
  weights: NDArray;
  bias: NDArray;
  mirror: Block | null = null;
  next: Block | null = null;

  constructor(
    readonly name: string,
    readonly inDim: number,
    readonly outDim: number,
  ) {
    this.weights = ones([outDim, inDim]).mul(1 / inDim);
    this.bias = zeros(outDim);
  }

  forward(x: NDArray): NDArray {
    const out = this.bias.copy();
    for (let i = 0; i < this.outDim; i++) {
      let acc = 0;
      for (let j = 0; j < this.inDim; j++) {
        acc += this.weights.get(i, j) * x.get(j);
      }
      out.set(i, out.get(i) + Math.max(acc, 0));
    }
    return out;
  }

  parameterCount(): number {
    return this.weights.size + this.bias.size;
  }
}

const dims = [8, 4, 2];

const encoders = dims.slice(1).map((outDim, k) => {
  const enc = new Block(`enc${k}`, dims[k], outDim);
  const dec = new Block(`dec${k}`, outDim, dims[k]);
  enc.mirror = dec;
  dec.mirror = enc; // expect: no-reference-cycle
  return enc;
});

for (let k = 0; k + 1 < encoders.length; k++) {
  encoders[k].next = encoders[k + 1];
}

const decoders = encoders
  .map((e) => e.mirror)
  .filter((d): d is Block => d !== null)
  .reverse();

// Tie each decoder to the transpose of its encoder, as a fresh array.
encoders.forEach((e) => {
  if (e.mirror) e.mirror.weights = e.weights.T.copy();
});

function encode(first: Block, x: NDArray): NDArray {
  let h = first.forward(x);
  for (let b = first.next; b !== null; b = b.next) {
    h = b.forward(h);
  }
  return h;
}

function decode(code: NDArray): NDArray {
  return decoders.reduce((h, d) => d.forward(h), code);
}

function meanSquaredError(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  return diff.mul(diff).mean();
}

const samples = [
  array([1, 0, 2, 0, 1, 3, 0, 1]),
  array([0, 0, 1, 1, 0, 0, 1, 1]),
  array([2, 2, 2, 2, 2, 2, 2, 2]),
];

const errors = samples.map((x) => meanSquaredError(decode(encode(encoders[0], x)), x));
errors.forEach((err, i) => console.log(`sample ${i}: reconstruction mse=${err.toFixed(4)}`));

const totalParams = encoders.reduce(
  (n, e) => n + e.parameterCount() + (e.mirror ? e.mirror.parameterCount() : 0),
  0,
);
console.log("blocks:", encoders.map((e) => `${e.name}<->${e.mirror?.name ?? "?"}`).join(", "));
console.log("parameters:", totalParams, "code size:", encode(encoders[0], samples[0]).size);
