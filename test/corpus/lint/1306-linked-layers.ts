// Builds a tiny feed-forward network as linked layers that own their weights, runs a forward pass and tallies parameters.
import { array, zeros, empty, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;

  constructor(readonly name: string, readonly inputs: number, readonly outputs: number) {
    this.weights = zeros([outputs, inputs]);
    this.bias = zeros(outputs);
  }

  initialise(seed: number): void {
    for (let o = 0; o < this.outputs; o++) {
      for (let i = 0; i < this.inputs; i++) {
        this.weights.set([o, i], Math.sin(seed * (o + 1) + i) * 0.5);
      }
    }
    this.bias.fill(0.1);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.outputs);
    for (let o = 0; o < this.outputs; o++) {
      const row = this.weights.slice(o);
      out.set(o, row.mul(x).sum() + this.bias.get(o));
    }
    return out;
  }

  parameterCount(): number {
    return this.weights.size + this.bias.size;
  }
}

function relu(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) {
    if (y.get(i) < 0) {
      y.set(i, 0);
    }
  }
  return y;
}

function buildNetwork(): Layer {
  const input = new Layer("input", 3, 4);
  const hidden = new Layer("hidden", 4, 4);
  const output = new Layer("output", 4, 2);
  input.initialise(1);
  hidden.initialise(2);
  output.initialise(3);
  input.next = hidden;
  hidden.prev = input; // expect: no-reference-cycle
  hidden.next = output;
  return input;
}

function run(first: Layer, x: NDArray): NDArray {
  let activation = x;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    activation = layer.forward(activation);
    if (layer.next !== null) {
      activation = relu(activation);
    }
  }
  return activation;
}

function countParameters(first: Layer): number {
  let total = 0;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    total += layer.parameterCount();
  }
  return total;
}

function weightTable(first: Layer): NDArray {
  let depth = 0;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    depth++;
  }
  const table = empty(depth, "object");
  let slot = 0;
  for (let layer: Layer | null = first; layer !== null; layer = layer.next) {
    table.set(slot, layer.weights);
    slot++;
  }
  return table;
}

const network = buildNetwork();
const sample = array([0.2, -0.7, 1.5]);
const logits = run(network, sample);
console.log("logits:", logits.tolist());
console.log("parameters:", countParameters(network));

const table = weightTable(network);
console.log("layers registered:", table.size);
const firstWeights = network.weights;
console.log("input weight norm:", Math.sqrt(firstWeights.mul(firstWeights).sum()).toFixed(4));
