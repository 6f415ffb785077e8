// A tiny MLP kept as a doubly linked chain of dense layers so backprop can walk backwards; links the layers and runs a forward pass.
import { array, zeros, NDArray } from "ndalias";

type Activation = "relu" | "linear";

interface LayerSpec {
  weights: number[][];
  bias?: number[];
  activation?: Activation;
}

class Dense {
  next?: Dense;
  prev?: Dense;

  constructor(
    readonly weights: NDArray,
    readonly bias: NDArray,
    readonly activation: Activation = "relu",
  ) {}

  static from({ weights, bias, activation = "relu" }: LayerSpec): Dense {
    const w = array(weights);
    return new Dense(w, bias ? array(bias) : zeros(w.shape[0]), activation);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.weights.shape[0]);
    for (let i = 0; i < out.size; i++) {
      const z = this.weights.slice(i).mul(x).sum() + this.bias.get(i);
      out.set(i, this.activation === "relu" ? Math.max(0, z) : z);
    }
    return out;
  }

  get depth(): number {
    return this.prev ? this.prev.depth + 1 : 0;
  }
}

// Human-readable tags for the report; they hold no arrays.
interface Tag {
  label: string;
  twin?: Tag;
}

function linkChain(layers: readonly Dense[]): Dense | undefined {
  layers.reduce<Dense | undefined>((prev, cur) => {
    if (prev) {
      prev.next = cur;
      cur.prev = prev; // expect: no-reference-cycle
    }
    return cur;
  }, undefined);
  return layers[0];
}

function appendHead(head: Dense, extra: Dense): void {
  let node = head;
  while (node.next) node = node.next;
  node.next = extra;
}

function pairTags(a: string, b: string): [Tag, Tag] {
  const left: Tag = { label: a };
  const right: Tag = { label: b };
  left.twin = right;
  right.twin = left;
  return [left, right];
}

function run(head: Dense | undefined, input: NDArray): NDArray {
  let x = input;
  for (let layer = head; layer; layer = layer.next) {
    x = layer.forward(x);
  }
  return x;
}

function parameterCount(head?: Dense): number {
  let total = 0;
  for (let layer = head; layer; layer = layer.next) total += layer.weights.size + layer.bias.size;
  return total;
}

const specs: LayerSpec[] = [
  { weights: [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5]] },
  { weights: [[1.0, -1.0], [0.5, 0.5]], bias: [0.1, -0.1] },
  { weights: [[0.7, 0.2]], activation: "linear" },
];

const layers = specs.map((spec) => Dense.from(spec));
const head = linkChain(layers);
const probe = Dense.from({ weights: [[1]], activation: "linear" });
if (head) appendHead(head, probe);

const input = array([1.0, 2.0, -0.5]);
const output = run(head, input);
const [inTag, outTag] = pairTags("input", "output");

console.log(`${inTag.label} -> ${inTag.twin?.label}:`, input.tolist(), "->", output.tolist());
console.log(`${outTag.label} depth:`, probe.depth, "parameters:", parameterCount(head));
console.log(
  "bias norms:",
  layers.map(({ bias }) => Math.sqrt(bias.mul(bias).sum()).toFixed(3)),
);
