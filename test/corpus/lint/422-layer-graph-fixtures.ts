// Fixture tests for a layered model graph: forward chains, bidirectional links and weight scaling between tests.
import { eye, array, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  constructor(readonly name: string, size: number) {
    this.weights = eye(size);
  }
  scaled(k: number): NDArray {
    const w = this.weights.copy();
    w.imul(k);
    return w;
  }
  decay(rate: number): number {
    this.weights.imul(1 - rate);
    return this.weights.sum();
  }
}

function chain(layers: Layer[]): Layer {
  for (let i = 0; i + 1 < layers.length; i++) {
    layers[i].next = layers[i + 1];
  }
  return layers[0];
}

function link(upstream: Layer, downstream: Layer): void {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
}

const setups: Array<() => void> = [];
const beforeEach = (fn: () => void): void => void setups.push(fn);
function it(name: string, body: () => void): void {
  setups.forEach((setup) => setup());
  try {
    body();
    console.log(`✓ ${name}`);
  } catch (err) {
    console.log(`✗ ${name} — ${(err as Error).message}`);
  }
}
function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(what);
}
function sameValues(a: NDArray, b: NDArray): boolean {
  return JSON.stringify(a.tolist()) === JSON.stringify(b.tolist());
}

let input: Layer;
let hidden: Layer;

beforeEach(() => {
  input = new Layer("input", 3);
  hidden = new Layer("hidden", 3);
});

it("walks a forward chain to the output layer", () => {
  const head = chain([input, hidden, new Layer("output", 3)]);
  let node = head;
  let depth = 1;
  while (node.next) {
    node = node.next;
    depth++;
  }
  check(depth === 3, `depth ${depth}`);
});

it("links layers in both directions", () => {
  link(input, hidden);
  check(hidden.prev === input && input.next === hidden, "bidirectional link");
});

it("returns scaled weights without touching the layer", () => {
  const tripled = input.scaled(3);
  check(tripled.sum() === 9, "tripled trace");
  check(sameValues(input.weights, eye(3)), "layer weights unchanged");
});

it("decays the layer weights in place", () => {
  const total = hidden.decay(0.5);
  check(total === 1.5, `decayed total ${total}`);
  check(sameValues(hidden.weights, eye(3).mul(0.5)), "decayed weights");
});

it("scales a working copy of the input weights", () => {
  const { weights } = input;
  weights.imul(3); // expect: no-alias-mutation
  check(weights.sum() === 9, "working copy scaled");
  check(sameValues(input.weights, eye(3)), "input weights unchanged");
});

it("keeps separate weight buffers per layer", () => {
  hidden.weights.assign("0, :", array([2, 2, 2]));
  check(input.weights.sum() === 3, "input untouched");
  check(hidden.weights.sum() === 8, "hidden row set");
});
