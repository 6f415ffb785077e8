// A small multilayer perceptron built as a graph of layer objects, with skip connections and a forward pass report.
import { array, zeros, NDArray } from "ndalias";

class Dense {
  weights: NDArray;
  bias: NDArray;
  next: Dense | null = null;
  prev: Dense | null = null;
  skipTo: Dense | null = null;
  residual: NDArray | null = null;

  constructor(
    readonly name: string,
    weights: number[][],
    bias: number[],
  ) {
    this.weights = array(weights);
    this.bias = array(bias);
  }

  forward(x: NDArray): NDArray {
    const outSize = this.weights.shape[0];
    const y = zeros(outSize);
    for (let o = 0; o < outSize; o++) {
      y.set(o, this.weights.slice(o).mul(x).sum() + this.bias.get(o));
    }
    if (this.residual && this.residual.size === outSize) {
      y.iadd(this.residual);
    }
    for (let o = 0; o < outSize; o++) {
      if (y.get(o) < 0) y.set(o, 0);
    }
    if (this.skipTo) {
      this.skipTo.residual = y.copy();
    }
    return y;
  }

  /** Places `layer` after this one in the forward order. */
  append(layer: Dense): Dense {
    this.next = layer;
    layer.prev = this; // expect: no-reference-cycle
    return layer;
  }

  scaleWeights(k: number): number {
    this.weights.imul(k);
    return this.weights.mean();
  }
}

/** Routes the output of `from` forward into `to` as a residual; `to` does not point back. */
function addSkip(from: Dense, to: Dense): void {
  from.skipTo = to;
}

function run(first: Dense, input: NDArray): NDArray {
  let x = input;
  for (let layer: Dense | null = first; layer; layer = layer.next) {
    x = layer.forward(x);
  }
  return x;
}

function paramCount(first: Dense): number {
  let n = 0;
  for (let layer: Dense | null = first; layer; layer = layer.next) {
    n += layer.weights.size + layer.bias.size;
  }
  return n;
}

const inputLayer = new Dense("in", [[0.2, -0.4, 0.1], [0.5, 0.3, -0.2]], [0.0, 0.1]);
const hidden = new Dense("hidden", [[0.7, -0.3], [0.2, 0.9]], [0.05, -0.05]);
const output = new Dense("out", [[1.0, -0.5], [0.3, 0.8]], [0.0, 0.0]);

inputLayer.append(hidden).append(output);
addSkip(inputLayer, output);

const sample = array([1.0, 0.5, -1.5]);
const before = run(inputLayer, sample);
const hiddenMean = hidden.scaleWeights(0.5);
const after = run(inputLayer, sample);

// Layer-wise copies for an export; the live weights are not touched.
const exported = [inputLayer, hidden, output].map((layer) => {
  const w = layer.weights.copy();
  w.imul(100);
  return w.astype("int32");
});

const delta = after.sub(before);
console.log("params:", paramCount(inputLayer), "hidden weight mean after scaling:", hiddenMean);
console.log("output before/after:", before.tolist(), after.tolist(), "delta:", delta.tolist());
console.log("exported (x100):", exported.map((w) => w.tolist()));
console.log("previous of output:", output.prev?.name, "skip from input to:", inputLayer.skipTo?.name);
