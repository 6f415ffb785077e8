// Runs an MLP forward pass through two preallocated ping-pong buffers with forward hooks, then a softmax over the logits.
import { array, NDArray, zeros } from "ndalias";

type ForwardHook = (layerName: string, out: NDArray) => void;

class DenseLayer {
  constructor(
    readonly name: string,
    readonly weight: NDArray,
    readonly relu: boolean,
  ) {}

  // Writes the layer's output for x into out.
  forwardInto(x: NDArray, out: NDArray): void {
    for (let i = 0; i < this.weight.shape[0]; i++) {
      let acc = 0;
      for (let j = 0; j < this.weight.shape[1]; j++) acc += this.weight.get(i, j) * x.get(j);
      out.set(i, this.relu ? Math.max(0, acc) : acc);
    }
  }
}

function softmax(logits: NDArray): NDArray {
  const e = logits.sub(logits.max());
  for (let i = 0; i < e.size; i++) {
    e.set(i, Math.exp(e.get(i)));
  }
  e.idiv(e.sum());
  return e;
}

const activationStats: string[] = [];
const hooks: ForwardHook[] = [
  (name, out) => {
    activationStats.push(`${name}: mean=${out.mean().toFixed(3)} max=${out.max().toFixed(3)}`);
  },
  (_name, out) => {
    for (let i = 0; i < out.size; i++) {
      if (out.get(i) > 4) out.set(i, 4);
    }
  },
];

const layers = [
  new DenseLayer("fc1", array([[1, 0, 2], [0.5, -1, 1], [2, 1, 0]]), true),
  new DenseLayer("fc2", array([[1, 1, 1], [-1, 0.5, 2], [0, 2, -1]]), true),
  new DenseLayer("head", array([[0.3, -0.2, 0.1], [0.1, 0.4, -0.3], [-0.5, 0.2, 0.6]]), false),
];

const input = array([1, 2, 0.5]);
let cur = zeros(3);
let next = zeros(3);
cur.assign(":", input);

for (const layer of layers) {
  layer.forwardInto(cur, next);
  for (const hook of hooks) hook(layer.name, next);
  [cur, next] = [next, cur];
}
next.fill(0);

const logits = cur.copy();
logits.isub(logits.mean());
const probs = softmax(logits);

console.log(activationStats.join("\n"));
console.log("input:", input.tolist(), "centred logits:", logits.tolist());
console.log("probabilities:", probs.tolist(), "raw head output:", cur.tolist());
