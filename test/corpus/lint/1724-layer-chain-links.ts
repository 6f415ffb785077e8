// Builds a small feed-forward network as a chain of layer objects, links neighbouring layers and runs a forward pass.
import { array, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  source: Layer | null = null;

  constructor(readonly name: string, inputs: number, outputs: number) {
    this.weights = zeros([outputs, inputs]);
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.bias.size);
    for (let o = 0; o < out.size; o++) {
      out.set(o, this.weights.slice(o).mul(x).sum() + this.bias.get(o));
    }
    out.data.forEach((v, i) => {
      if ((v as number) < 0) out.data[i] = 0;
    });
    return out;
  }

  parameterCount(): number {
    return this.weights.size + this.bias.size;
  }
}

function initLayer(layer: Layer, seed: number): void {
  let state = seed;
  for (let i = 0; i < layer.weights.size; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    layer.weights.data[i] = (state / 2147483648 - 0.5) * 0.8;
  }
  layer.bias.fill(0.01);
}

function connect(upstream: Layer, downstream: Layer): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function cloneLayer(layer: Layer, name: string): Layer {
  const clone = new Layer(name, layer.weights.shape[1], layer.weights.shape[0]);
  clone.weights = layer.weights.copy();
  clone.bias = layer.bias.copy();
  clone.source = layer;
  return clone;
}

function buildNetwork(sizes: number[], seed: number): Layer {
  const layers: Layer[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const layer = new Layer(`dense${i}`, sizes[i], sizes[i + 1]);
    initLayer(layer, seed + i);
    layers.push(layer);
  }
  for (let i = 0; i + 1 < layers.length; i++) {
    connect(layers[i], layers[i + 1]);
  }
  return layers[0];
}

function run(first: Layer, input: NDArray): NDArray {
  let activation = input;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    activation = layer.forward(activation);
  }
  return activation;
}

function totalParameters(first: Layer): number {
  let count = 0;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    count += layer.parameterCount();
  }
  return count;
}

const network = buildNetwork([4, 6, 3], 7);
const sample = array([0.3, -1.2, 0.8, 0.05]);
const output = run(network, sample);
console.log("parameters:", totalParameters(network));
console.log("output:", output.tolist());

const frozen = cloneLayer(network, "dense0-frozen");
network.weights.imul(0.5);
network.bias.iadd(0.1);
console.log("frozen first row:", frozen.weights.slice(0).tolist());
console.log("halved first row:", network.weights.slice(0).tolist());
console.log("frozen copies from:", frozen.source?.name, "output after halving:", run(network, sample).tolist());
console.log("input unchanged:", sample.tolist());
