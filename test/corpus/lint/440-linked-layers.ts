// Builds a tiny elementwise two-layer network as linked layer objects, initialises it and runs one forward pass.
import { array, ones, zeros, NDArray } from "ndalias";

// Each layer owns its weights and bias, and knows its neighbour.
class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;

  constructor(readonly name: string, size: number) {
    this.weights = ones(size);
    this.bias = zeros(size);
  }

  // y = w * x + b, elementwise; mul/add return new arrays so x is not touched.
  forward(x: NDArray): NDArray {
    return x.mul(this.weights).add(this.bias);
  }

  // Weight decay through the layer's own field: that is just updating the layer.
  decay(rate: number): number {
    this.weights.imul(1 - rate);
    return this.weights.sum();
  }
}

// Forward links only are enough to run the network.
function buildNetwork(size: number): Layer {
  const hidden = new Layer("hidden", size);
  const output = new Layer("output", size);
  hidden.next = output;
  // The tutorial said backprop walks backwards, so I linked back as well.
  // Now hidden -> output -> hidden is a reference cycle.
  output.prev = hidden; // expect: no-reference-cycle
  return hidden;
}

// Fills a weight vector with a constant and returns how many parameters it has.
// I did not realise the caller's array is the one being filled.
function initWeights(w: NDArray, value: number): number {
  w.fill(value); // expect: no-alias-mutation
  return w.size;
}

// Same idea, done as an in-place helper that says so: returns nothing.
function initBias(b: NDArray, value: number): void {
  b.fill(value);
}

const net = buildNetwork(3);
let count = 0;
for (let layer: Layer | null = net; layer !== null; layer = layer.next) {
  count += initWeights(layer.weights, 0.5);
  initBias(layer.bias, 0.1);
}
console.log("parameters:", count);

const input = array([1, 2, 3]);
let activation = input;
for (let layer: Layer | null = net; layer !== null; layer = layer.next) {
  activation = layer.forward(activation);
}
console.log("output:", activation.tolist(), "input unchanged:", input.tolist());
console.log("hidden weight sum after decay:", net.decay(0.1));
