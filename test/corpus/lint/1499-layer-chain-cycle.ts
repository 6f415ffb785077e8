// Builds a small MLP as a chain of layers sharing a lazily created optimiser singleton, runs a forward pass and one update.
import { array, zeros, full, NDArray } from "ndalias";

class OptimiserState {
  private static instance: OptimiserState | undefined;
  readonly step = zeros(1);
  learningRate = 0.05;

  static get(): OptimiserState {
    return (OptimiserState.instance ??= new OptimiserState());
  }

  tick(): number {
    this.step.iadd(1);
    return this.step.get(0);
  }
}

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  optimiser: OptimiserState | null = null;

  constructor(readonly name: string, inputs: number, outputs: number) {
    this.weights = full([outputs, inputs], 1 / inputs);
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.bias.size);
    for (let o = 0; o < out.size; o++) {
      out.set(o, this.weights.slice(o).mul(x).sum() + this.bias.get(o));
    }
    return out;
  }

  update(gradScale: number): number {
    const lr = this.optimiser?.learningRate ?? 0.01;
    this.weights.isub(lr * gradScale);
    this.bias.slice(":1").fill(0);
    return this.weights.mean();
  }
}

// Forward-only wiring: each layer knows its successor.
function chain(layers: Layer[]): Layer {
  const state = OptimiserState.get();
  for (let i = 0; i < layers.length; i++) {
    layers[i].optimiser = state;
    if (i + 1 < layers.length) {
      layers[i].next = layers[i + 1];
    }
  }
  return layers[0];
}

// Bidirectional wiring so backprop can walk from the output layer back to the input.
function link(tail: Layer, layer: Layer): Layer {
  tail.next = layer;
  layer.prev = tail; // expect: no-reference-cycle
  layer.optimiser = OptimiserState.get();
  return layer;
}

function runForward(head: Layer, x: NDArray): NDArray {
  let current: Layer | null = head;
  let activation = x;
  while (current !== null) {
    activation = current.forward(activation);
    current = current.next;
  }
  return activation;
}

const input = array([0.5, -1.0, 2.0]);

const head = chain([new Layer("in", 3, 4), new Layer("hidden", 4, 2)]);
console.log("forward-only output:", runForward(head, input).tolist());

const first = new Layer("in", 3, 4);
const output = link(first, new Layer("out", 4, 2));
console.log("linked output:", runForward(first, input).tolist());

let back: Layer | null = output;
while (back !== null) {
  console.log(`update ${back.name}: mean weight ${back.update(0.5).toFixed(4)}`);
  back = back.prev;
}
console.log("optimiser step:", OptimiserState.get().tick());
