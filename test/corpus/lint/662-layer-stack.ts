// A tiny multilayer perceptron built as a doubly linked stack of dense layers, with dropout during training and a forward pass for inference.
import { array, zeros, ones, NDArray } from "ndalias";

type Activation = (x: NDArray) => NDArray;

const ACTIVATIONS: Record<string, Activation> = {
  relu: (x) => {
    const out = x.copy();
    for (let i = 0; i < out.size; i++) {
      if ((out.data[i] as number) < 0) out.data[i] = 0;
    }
    return out;
  },
  identity: (x) => x.copy(),
  tanh: (x) => array((x.tolist() as number[]).map(Math.tanh)),
};

interface LayerSpec {
  inputs: number;
  outputs: number;
  activation: keyof typeof ACTIVATIONS;
}

class DenseLayer {
  weights: NDArray;
  bias: NDArray;
  next: DenseLayer | null = null;
  prev: DenseLayer | null = null;
  readonly activation: Activation;

  constructor(readonly spec: LayerSpec, seed: number) {
    this.weights = zeros([spec.outputs, spec.inputs]);
    this.bias = zeros(spec.outputs);
    this.activation = ACTIVATIONS[spec.activation];
    this.initialise(seed);
  }

  private initialise(seed: number): void {
    let state = seed;
    for (let o = 0; o < this.spec.outputs; o++) {
      for (let i = 0; i < this.spec.inputs; i++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        this.weights.set([o, i], (state / 2147483648 - 0.5) / Math.sqrt(this.spec.inputs));
      }
    }
    this.bias.fill(0.01);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.spec.outputs);
    for (let o = 0; o < this.spec.outputs; o++) {
      out.set(o, this.weights.slice(o).mul(x).sum());
    }
    out.iadd(this.bias);
    return this.activation(out);
  }

  parameterCount(): number {
    return this.weights.size + this.bias.size;
  }
}

function connect(upstream: DenseLayer, downstream: DenseLayer): void {
  if (upstream.spec.outputs !== downstream.spec.inputs) {
    throw new Error(`cannot connect ${upstream.spec.outputs} outputs to ${downstream.spec.inputs} inputs`);
  }
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function buildStack(specs: LayerSpec[], seed: number): DenseLayer {
  const layers = specs.map((spec, i) => new DenseLayer(spec, seed + i * 17));
  for (let i = 0; i + 1 < layers.length; i++) {
    connect(layers[i], layers[i + 1]);
  }
  return layers[0];
}

function lastLayer(first: DenseLayer): DenseLayer {
  let layer = first;
  while (layer.next) layer = layer.next;
  return layer;
}

function* walk(first: DenseLayer): Generator<DenseLayer> {
  for (let layer: DenseLayer | null = first; layer; layer = layer.next) {
    yield layer;
  }
}

function predict(first: DenseLayer, input: NDArray): NDArray {
  let activation = input;
  for (const layer of walk(first)) {
    activation = layer.forward(activation);
  }
  return activation;
}

function dropoutMask(size: number, rate: number, seed: number): NDArray {
  const mask = ones(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 69069 + 1) % 4294967296;
    if (state / 4294967296 < rate) mask.set(i, 0);
  }
  return mask;
}

// Training-time dropout on the hidden activations of one layer.
function applyDropout(hidden: NDArray, rate: number, seed: number): void {
  const mask = dropoutMask(hidden.size, rate, seed);
  const kept = hidden.astype("float64");
  kept.imul(mask.div(1 - rate)); // expect: no-lost-write
}

function trainingForward(first: DenseLayer, input: NDArray, rate: number): NDArray {
  let activation = input;
  let seed = 7;
  for (const layer of walk(first)) {
    activation = layer.forward(activation);
    if (layer.next) {
      applyDropout(activation, rate, seed++);
    }
  }
  return activation;
}

function meanSquaredError(pred: NDArray, target: NDArray): number {
  const diff = pred.sub(target);
  return diff.mul(diff).mean();
}

function summary(first: DenseLayer): string[] {
  const lines: string[] = [];
  for (const layer of walk(first)) {
    const s = layer.spec;
    lines.push(`${s.inputs} -> ${s.outputs} (${s.activation}), ${layer.parameterCount()} params`);
  }
  return lines;
}

const network = buildStack(
  [
    { inputs: 4, outputs: 6, activation: "relu" },
    { inputs: 6, outputs: 6, activation: "tanh" },
    { inputs: 6, outputs: 2, activation: "identity" },
  ],
  42,
);

for (const line of summary(network)) console.log(line);

const sample = array([0.5, -1.2, 0.3, 2.0]);
const target = array([1, 0]);
const inference = predict(network, sample);
const training = trainingForward(network, sample, 0.25);
console.log("inference:", inference.tolist(), "loss:", meanSquaredError(inference, target).toFixed(4));
console.log("training:", training.tolist(), "loss:", meanSquaredError(training, target).toFixed(4));
console.log("output layer inputs:", lastLayer(network).spec.inputs);
