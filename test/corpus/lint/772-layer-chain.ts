// Assembles a small dense network as a doubly linked chain of layers, applies weight decay, runs a forward pass and prints activations.
import { array, full, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  prev: Layer | null = null;
  next: Layer | null = null;
  activation: NDArray | null = null;

  constructor(
    readonly name: string,
    readonly inputs: number,
    readonly outputs: number,
  ) {
    this.weights = full([inputs, outputs], 1 / inputs);
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const out = this.bias.copy();
    for (let j = 0; j < out.size; j++) {
      let acc = out.get(j);
      for (let i = 0; i < x.size; i++) {
        acc += x.get(i) * this.weights.get(i, j);
      }
      out.set(j, Math.max(0, acc));
    }
    this.activation = out;
    return out;
  }

  scale(k: number): void {
    this.weights.imul(k);
  }

  parameterCount(): number {
    return this.weights.size + this.bias.size;
  }
}

export function buildChain(sizes: number[]): Layer[] {
  const layers: Layer[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const layer = new Layer(`dense${i}`, sizes[i], sizes[i + 1]);
    const prev = layers.length > 0 ? layers[layers.length - 1] : null;
    if (prev) {
      prev.next = layer;
      layer.prev = prev; // expect: no-reference-cycle
    }
    layers.push(layer);
  }
  return layers;
}

// L2 weight decay: shrink every weight by the same factor.
export function applyWeightDecay(layers: Layer[], decay: number): void {
  for (const layer of layers) {
    layer.weights.flatten().imul(1 - decay); // expect: no-lost-write
  }
}

export function rescaleChain(head: Layer, k: number): number {
  let touched = 0;
  for (let l: Layer | null = head; l; l = l.next) {
    l.scale(k);
    touched++;
  }
  return touched;
}

function run(head: Layer, input: NDArray): NDArray {
  let x = input;
  for (let l: Layer | null = head; l; l = l.next) {
    x = l.forward(x);
  }
  return x;
}

function describeBackwards(tail: Layer): string[] {
  const lines: string[] = [];
  for (let l: Layer | null = tail; l; l = l.prev) {
    const act = l.activation ? l.activation.tolist() : [];
    lines.push(`${l.name} (${l.inputs}->${l.outputs}, ${l.parameterCount()} params): ${JSON.stringify(act)}`);
  }
  return lines;
}

const layers = buildChain([4, 3, 2]);
applyWeightDecay(layers, 0.1);
console.log("rescaled layers:", rescaleChain(layers[0], 2));

const output = run(layers[0], array([1, 0.5, -0.5, 2]));
console.log("output:", output.tolist());
for (const line of describeBackwards(layers[layers.length - 1])) {
  console.log(line);
}
console.log("first layer weight total:", layers[0].weights.sum().toFixed(4));
