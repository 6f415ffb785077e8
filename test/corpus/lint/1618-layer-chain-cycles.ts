// Builds a small feed-forward network as a chain of layers, registers its buffers for checkpointing and runs one forward pass.
import { array, empty, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  tiedTo: NDArray | null = null;

  constructor(readonly name: string, weights: NDArray, bias: NDArray) {
    this.weights = weights;
    this.bias = bias;
  }

  forward(x: NDArray): NDArray {
    const rows = this.weights.shape[0];
    const out = zeros(rows);
    for (let r = 0; r < rows; r++) {
      out.set(r, this.weights.slice(r).mul(x).sum() + this.bias.get(r));
    }
    return out;
  }
}

function isLayer(x: unknown): x is Layer {
  return x instanceof Layer;
}

// Forward links only: the optimiser walks the chain from the input layer.
function chainForward(layers: readonly Layer[]): Layer | null {
  for (let i = 0; i + 1 < layers.length; i++) {
    layers[i].next = layers[i + 1];
  }
  return layers[0] ?? null;
}

// Backpropagation also needs to walk from the output back to the input.
function linkBoth(upstream: Layer, downstream: Layer): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function tieWeights(target: Layer, source: Layer): void {
  target.tiedTo = source.weights;
}

function relu(x: NDArray): NDArray {
  const out = x.copy();
  for (let i = 0; i < out.size; i++) {
    if (out.get(i) < 0) out.set(i, 0);
  }
  return out;
}

function run(input: Layer | null, x: NDArray): NDArray {
  let h = x;
  for (let layer = input; layer !== null; layer = layer.next) {
    h = relu(layer.forward(h));
  }
  return h;
}

const hidden = new Layer("hidden", array([[0.2, -0.1, 0.4], [0.5, 0.3, -0.2]]), array([0.1, 0.0]));
const output = new Layer("output", array([[1.0, -1.0]]), array([0.05]));
const head = chainForward([hidden, output]);

const x = array([1.0, 0.5, -0.5]);
console.log("forward:", run(head, x).tolist());

const decoder = new Layer("decoder", hidden.weights.T.copy(), zeros(3));
tieWeights(decoder, hidden);
console.log("decoder tied:", decoder.tiedTo !== null, "decoder weights sum:", decoder.weights.sum().toFixed(3));

const trainingChain = [new Layer("enc", array([[0.3, 0.3], [0.1, -0.4]]), zeros(2)), new Layer("dec", array([[0.6, -0.2]]), zeros(1))];
linkBoth(trainingChain[0], trainingChain[1]);
console.log("backward link:", trainingChain[1].prev?.name);

// Checkpoint registry: one object-dtype slot per layer, plus a slot for run metadata.
const registry = empty(head && head.next ? 3 : 2, "object");
registry.set(0, hidden.weights);
registry.set(1, output.weights);

const metadata = empty(2, "object");
metadata.set(0, array([Date.now() % 1000]));
registry.set(registry.size - 1, metadata);
metadata.set(1, registry); // expect: no-reference-cycle

const slots: unknown[] = [];
for (let i = 0; i < registry.size; i++) {
  slots.push(registry.get(i));
}
console.log("registered slots:", slots.length, "layers among them:", slots.filter(isLayer).length);

const archive = empty(2, "object");
archive.set(0, hidden.weights.copy());
archive.set(1, output.bias.copy());
console.log("archived:", archive.size, "hidden total:", hidden.weights.sum().toFixed(3));
