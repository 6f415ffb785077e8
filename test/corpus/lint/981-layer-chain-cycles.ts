// Builds a small feed-forward network as a chain of dense layers linked with reduce, keeps per-network scratch buffers in an object table, and runs a forward pass.
import { array, zeros, empty, NDArray, refcount } from "ndalias";

type Activation = (z: NDArray) => NDArray;

const relu: Activation = (z) => {
  const out = z.copy();
  for (let i = 0; i < out.size; i++) if (out.get(i) < 0) out.set(i, 0);
  return out;
};

const identity: Activation = (z) => z.mul(1);

class Dense {
  weights: NDArray;
  bias: NDArray;
  prev: Dense | null = null;
  next: Dense | null = null;

  constructor(readonly name: string, weights: number[][], bias: number[], readonly activate: Activation) {
    this.weights = array(weights);
    this.bias = array(bias);
  }

  forward(x: NDArray): NDArray {
    const rows = this.weights.shape[0];
    const z = zeros(rows);
    for (let r = 0; r < rows; r++) {
      z.set(r, this.weights.slice(r).mul(x).sum());
    }
    return this.activate(z.add(this.bias));
  }
}

function link(layers: Dense[]): Dense {
  return layers.reduce((prev, cur) => {
    cur.prev = prev;
    prev.next = cur; // expect: no-reference-cycle
    return cur;
  });
}

function makeWorkspace(width: number): NDArray {
  const table = empty(3, "object");
  table.set(0, zeros(width));
  table.set(1, zeros(width));
  table.set(2, table); // expect: no-reference-cycle
  return table;
}

function run(first: Dense, input: NDArray): NDArray[] {
  const trace: NDArray[] = [];
  let layer: Dense | null = first;
  let activation = input;
  while (layer) {
    activation = layer.forward(activation);
    trace.push(activation);
    layer = layer.next;
  }
  return trace;
}

function describe(first: Dense): string[] {
  const names: string[] = [];
  for (let layer: Dense | null = first; layer; layer = layer.next) {
    const back = layer.prev ? ` <- ${layer.prev.name}` : "";
    names.push(`${layer.name}[${layer.weights.shape.join("x")}]${back}`);
  }
  return names;
}

function parameterCount(layers: Dense[]): number {
  return layers.reduce((n, l) => n + l.weights.size + l.bias.size, 0);
}

const layers = [
  new Dense("hidden1", [[0.5, -0.2, 0.1], [0.3, 0.8, -0.5], [-0.6, 0.1, 0.9]], [0.1, 0, -0.1], relu),
  new Dense("hidden2", [[1.0, 0.5, -0.3], [-0.4, 0.2, 0.7], [0.2, 0.2, 0.2]], [0, 0.05, 0], relu),
  new Dense("output", [[0.7, -0.1, 0.4]], [0.2], identity),
];

const last = link(layers);
const workspace = makeWorkspace(3);
const input = array([1.0, 0.5, -0.25]);

console.log("layers:", describe(layers[0]).join(" -> "));
console.log("output layer:", last.name, "params:", parameterCount(layers));
const trace = run(layers[0], input);
const hidden: NDArray = workspace.get(0);
hidden.assign(":", trace[0]);
console.log("prediction:", trace[trace.length - 1].tolist());
console.log("first hidden activation:", hidden.tolist());
console.log("workspace references:", refcount(workspace));
