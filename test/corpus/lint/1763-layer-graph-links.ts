// Wires a small feed-forward network as linked layer objects with an object-dtype parameter registry, runs a forward pass and frees the registry.
// runnable
import { array, empty, full, memoryStats, NDArray } from "ndalias";

class Layer {
  next: Layer | null = null;
  skip: Layer | null = null;

  constructor(
    readonly name: string,
    public weights: NDArray,
    public bias: NDArray,
  ) {}

  forward(x: NDArray): NDArray {
    const out = array(new Array(this.bias.size).fill(0));
    for (let j = 0; j < this.bias.size; j++) {
      out.set(j, x.mul(this.weights.slice(":", j)).sum() + this.bias.get(j));
    }
    return out;
  }
}

interface RunInfo {
  label: string;
  epoch: number;
  self: RunInfo | null;
}

function chain(layers: Layer[]): Layer {
  for (let i = 0; i + 1 < layers.length; i++) {
    layers[i].next = layers[i + 1];
  }
  return layers[0];
}

function addSkip(from: Layer, to: Layer): void {
  from.skip = to;
}

function relu(x: NDArray): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) if (y.get(i) < 0) y.set(i, 0);
  return y;
}

const hidden = new Layer("hidden", array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]]), full(3, 0.1));
const mid = new Layer("mid", full([3, 2], 0.25), array([0, 0.05]));
const head = new Layer("head", array([[1.0], [-1.0]]), array([0.2]));

const first = chain([hidden, mid, head]);
addSkip(hidden, head);

// run metadata may point at itself: it holds no arrays
const info: RunInfo = { label: "demo", epoch: 1, self: null };
info.self = info;

// the registry references every parameter array, but never itself
const registry = empty(6, "object");
let slot = 0;
for (let layer: Layer | null = first; layer; layer = layer.next) {
  registry.set(slot++, layer.weights);
  registry.set(slot++, layer.bias);
}

const index = empty(2, "object");
index.set(0, registry);
index.set(1, hidden.weights);

let activation = array([1.0, 2.0]);
for (let layer: Layer | null = first; layer; layer = layer.next) {
  const z = layer.forward(activation);
  activation = layer.next ? relu(z) : z;
  console.log(`${layer.name} (skip to ${layer.skip?.name ?? "-"}):`, activation.tolist());
}

let params = 0;
for (let i = 0; i < registry.size; i++) {
  const p = registry.get(i) as NDArray;
  params += p.size;
}
console.log("parameters:", params, "run", info.self?.label, "epoch", info.self?.epoch);
console.log("registry entries:", registry.size, "index entries:", index.size);

index.dispose();
registry.dispose();
console.log("storages after releasing the registry:", memoryStats().storages);
