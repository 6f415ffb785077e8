// Generates augmented copies of a training sample, runs them through a one-way chain of layers and registers the layer weights in an object-dtype table.
import { array, empty, ones, full, NDArray } from "ndalias";

function* augment(base: NDArray, count: number, noise: number): Generator<NDArray> {
  for (let k = 0; k < count; k++) {
    const sample = base.copy();
    // drop one row per augmented sample, then shift the whole sample a little
    sample.slice(k % base.shape[0]).fill(0);
    sample.iadd(noise * (k - count / 2));
    yield sample;
  }
}

class Layer {
  weights: NDArray;
  next: Layer | null = null;

  constructor(
    readonly name: string,
    weights: NDArray,
  ) {
    this.weights = weights;
  }

  forward(input: NDArray): NDArray {
    const out = input.mul(this.weights);
    for (let i = 0; i < out.size; i++) {
      if (out.get(i) < 0) {
        out.set(i, 0);
      }
    }
    return this.next ? this.next.forward(out) : out;
  }

  scale(k: number): void {
    this.weights.imul(k);
  }
}

function buildStack(): Layer {
  const input = new Layer("input", ones(3));
  const hidden = new Layer("hidden", array([0.5, -1.0, 2.0]));
  const output = new Layer("output", full(3, 0.25));
  input.next = hidden;
  hidden.next = output;
  output.next = null;
  return input;
}

function registerWeights(head: Layer): NDArray {
  const table = empty(3, "object");
  let node: Layer | null = head;
  let i = 0;
  while (node && i < table.size) {
    table.set(i, node.weights);
    node = node.next;
    i++;
  }
  return table;
}

const base = array([
  [1.0, 2.0, 3.0],
  [4.0, -5.0, 6.0],
]);

const head = buildStack();
head.scale(1.5);

const scores: number[] = [];
for (const sample of augment(base, 4, 0.1)) {
  const firstRow = head.forward(sample.slice(0));
  const secondRow = head.forward(sample.slice(1));
  scores.push(firstRow.sum() + secondRow.sum());
}
console.log("augmented scores:", scores.map((s) => s.toFixed(3)).join(", "));

const mask = ones(3);
const bias = full(3, 0.1);
mask.set(1, 0);
console.log("bias total:", bias.sum().toFixed(2), "mask:", mask.tolist());

const registry = registerWeights(head);
console.log("registered layers:", registry.size);
console.log("base sample untouched:", base.tolist());
