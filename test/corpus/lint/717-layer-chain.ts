// A chain of element-wise neural layers that supports forward passes, backward walks for updates and weight checkpoints.
import { array, zeros, ones, full, NDArray } from "ndalias";

/** Rectifies an activation vector in place. */
function reluInPlace(x: NDArray): void {
  for (let i = 0; i < x.size; i++) {
    if (x.get(i) < 0) x.set(i, 0);
  }
}

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;

  constructor(readonly name: string, width: number, scale: number) {
    this.weights = full(width, scale);
    this.bias = zeros(width);
  }

  apply(x: NDArray): NDArray {
    const out = this.weights.mul(x);
    out.iadd(this.bias);
    reluInPlace(out);
    return out;
  }

  update(grad: NDArray, lr: number): number {
    this.weights.isub(grad.mul(lr));
    this.bias.isub(grad.mul(lr / 2));
    return this.weights.sum();
  }
}

interface Checkpoint {
  step: number;
  parentStep: number;
  weights: NDArray[];
}

class Network {
  private head: Layer | null = null;
  private tail: Layer | null = null;
  private readonly checkpoints: Checkpoint[] = [];

  append(layer: Layer): void {
    const last = this.tail;
    if (last === null) {
      this.head = layer;
      this.tail = layer;
      return;
    }
    last.next = layer;
    layer.prev = last; // expect: no-reference-cycle
    this.tail = layer;
  }

  forward(x: NDArray): NDArray {
    let h = x;
    for (let l = this.head; l !== null; l = l.next) {
      h = l.apply(h);
    }
    return h;
  }

  backwardUpdate(signal: NDArray, lr: number): number[] {
    const sums: number[] = [];
    for (let l = this.tail; l !== null; l = l.prev) {
      sums.push(l.update(signal, lr));
    }
    return sums;
  }

  checkpoint(step: number): void {
    const weights: NDArray[] = [];
    for (let l = this.head; l !== null; l = l.next) weights.push(l.weights.copy());
    const parentStep = this.checkpoints.length ? this.checkpoints[this.checkpoints.length - 1].step : -1;
    this.checkpoints.push({ step, parentStep, weights });
  }

  latestWeights(index: number): NDArray | undefined {
    const last = this.checkpoints.at(-1);
    return last?.weights[index]?.copy();
  }
}

function buildForwardChain(widths: number[]): Layer {
  const first = new Layer("in", widths[0], 1);
  const hidden = new Layer("hidden", widths[1], 0.5);
  const output = new Layer("out", widths[2], 2);
  first.next = hidden;
  hidden.next = output;
  return first;
}

function runChain(first: Layer, x: NDArray): NDArray {
  let h = first.apply(x);
  for (let l = first.next; l !== null; l = l.next) h = l.apply(h);
  return h;
}

const net = new Network();
net.append(new Layer("input", 4, 1.0));
net.append(new Layer("hidden", 4, 0.8));
net.append(new Layer("output", 4, 1.5));

const sample = array([0.5, -1.0, 2.0, 0.25]);
const before = net.forward(sample);
console.log("output before update:", before.tolist());

net.checkpoint(0);
const sums = net.backwardUpdate(ones(4).mul(0.1), 0.5);
console.log("weight sums, output layer first:", sums.map((s) => s.toFixed(2)).join(", "));
net.checkpoint(1);

const after = net.forward(sample);
const change = after.sub(before);
console.log("output change:", change.tolist(), "input untouched:", sample.tolist());

const saved = net.latestWeights(0);
if (saved) {
  saved.imul(2);
  console.log("doubled copy of checkpointed input weights:", saved.tolist());
}

const chain = buildForwardChain([4, 4, 4]);
const chainOut = runChain(chain, sample);
chainOut.idiv(chainOut.max() || 1);
console.log("forward-only chain output (normalised):", chainOut.tolist());
