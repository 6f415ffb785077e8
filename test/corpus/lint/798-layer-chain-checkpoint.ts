// A small multilayer perceptron whose layers are chained for forward and backward passes, with a checkpoint of copied parameters.
import { array, zeros, NDArray } from "ndalias";

class Dense {
  weights: NDArray;
  bias: NDArray;
  next: Dense | null = null;
  prev: Dense | null = null;

  constructor(readonly name: string, inputs: number, outputs: number, scale: number) {
    this.weights = zeros([outputs, inputs]);
    for (let o = 0; o < outputs; o++) {
      for (let i = 0; i < inputs; i++) {
        this.weights.set([o, i], scale * Math.sin(o * inputs + i + 1));
      }
    }
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const [outputs, inputs] = this.weights.shape;
    const y = this.bias.copy();
    for (let o = 0; o < outputs; o++) {
      let acc = y.get(o);
      for (let i = 0; i < inputs; i++) acc += this.weights.get(o, i) * x.get(i);
      y.set(o, Math.max(0, acc));
    }
    return y;
  }

  /** Parameters as independent copies, safe to hand to a serializer. */
  get parameters(): [NDArray, NDArray] {
    return [this.weights.copy(), this.bias.copy()];
  }

  decay(rate: number): void {
    this.weights.imul(1 - rate);
    this.bias.imul(1 - rate);
  }
}

function link(upstream: Dense, downstream: Dense): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

function buildNetwork(sizes: number[]): Dense {
  const first = new Dense("dense0", sizes[0], sizes[1], 0.5);
  let last = first;
  for (let k = 1; k + 1 < sizes.length; k++) {
    const layer = new Dense(`dense${k}`, sizes[k], sizes[k + 1], 0.5 / k);
    link(last, layer);
    last = layer;
  }
  return first;
}

function run(input: NDArray, first: Dense): NDArray {
  let activation = input;
  for (let layer: Dense | null = first; layer !== null; layer = layer.next) {
    activation = layer.forward(activation);
  }
  return activation;
}

function checkpoint(first: Dense): Record<string, NDArray> {
  const saved: Record<string, NDArray> = {};
  for (let layer: Dense | null = first; layer !== null; layer = layer.next) {
    const [w, b] = layer.parameters;
    w.imul(1000);
    saved[`${layer.name}.w_milli`] = w;
    saved[`${layer.name}.b`] = b;
  }
  return saved;
}

const net = buildNetwork([3, 4, 4, 2]);
const sample = array([0.5, -1.0, 2.0]);

const saved = checkpoint(net);
const before = run(sample, net);
for (let layer: Dense | null = net; layer !== null; layer = layer.next) {
  layer.decay(0.1);
}
const after = run(sample, net);

console.log("output before decay:", before.tolist());
console.log("output after decay:", after.tolist());
for (const [key, value] of Object.entries(saved)) {
  console.log(key, "checkpoint norm:", Math.sqrt(value.mul(value).sum()).toFixed(3));
}
const totals = Object.values(saved).map((v) => v.sum());
console.log("checkpoint totals:", totals.map((t) => t.toFixed(2)).join(", "));
console.log("sample untouched:", sample.tolist());
