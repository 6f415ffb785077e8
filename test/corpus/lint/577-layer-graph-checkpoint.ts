// Wires a small multilayer perceptron for backpropagation, reports per-row weight spread, and packs the parameters into a checkpoint table.
import { empty, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  grad: NDArray;
  prev: Layer | null = null;
  next: Layer | null = null;
  constructor(readonly name: string, fanIn: number, fanOut: number) {
    this.weights = zeros([fanOut, fanIn]);
    this.grad = zeros([fanOut, fanIn]);
    for (let o = 0; o < fanOut; o++) {
      for (let i = 0; i < fanIn; i++) {
        this.weights.set([o, i], Math.sin(o * fanIn + i + 1) / Math.sqrt(fanIn));
      }
    }
  }
  zeroGrad(): void {
    this.grad.fill(0);
  }
}

function connect(upstream: Layer, downstream: Layer): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function rowSpread(layer: Layer, row: number): number {
  const w = layer.weights.slice(row);
  w.isub(w.mean()); // expect: no-view-mutation
  return Math.sqrt(w.mul(w).mean());
}

function weightNorm(layer: Layer): number {
  const w = layer.weights;
  return Math.sqrt(w.mul(w).sum());
}

function buildCheckpoint(layers: Layer[]): NDArray {
  const table = empty(layers.length + 1, "object");
  const header = empty(2, "object");
  header.set(0, layers.length);
  header.set(1, table);
  layers.forEach((layer, i) => table.set(i, layer.weights.copy()));
  table.set(layers.length, header); // expect: no-reference-cycle
  return table;
}

const input = new Layer("input", 4, 8);
const hidden = new Layer("hidden", 8, 8);
const output = new Layer("output", 8, 3);
const stack = [input, hidden, output];
connect(input, hidden);
connect(hidden, output);
stack.forEach((layer) => layer.zeroGrad());

for (const layer of stack) {
  console.log(`${layer.name}: norm ${weightNorm(layer).toFixed(3)}, row-0 spread ${rowSpread(layer, 0).toFixed(3)}`);
}

for (let l: Layer | null = input; l !== null; l = l.next) {
  console.log(`forward: ${l.name} ${JSON.stringify(l.weights.shape)}`);
}

const checkpoint = buildCheckpoint(stack);
console.log("checkpoint entries:", checkpoint.size, "output row-0 sum:", output.weights.slice(0).sum().toFixed(4));
