// Builds a stack of dense layers linked for forward and backward traversal, runs a forward pass and prints per-layer output norms.
import { zeros, ones, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  lastOutput: NDArray | null = null;

  constructor(readonly name: string, inputs: number, outputs: number, scale: number) {
    this.weights = ones([outputs, inputs]).mul(scale);
    this.bias = zeros(outputs);
  }

  forward(x: NDArray): NDArray {
    const out = zeros(this.bias.size);
    for (let o = 0; o < out.size; o++) {
      out.set(o, this.weights.slice(o).mul(x).sum() + this.bias.get(o));
    }
    this.lastOutput = out;
    return out;
  }

  outputNorm(): number {
    const y = this.lastOutput;
    return y ? Math.sqrt(y.mul(y).sum()) : 0;
  }
}

// Doubly linked: each layer can reach its successor and its predecessor.
export function buildStack(sizes: number[], scale: number): Layer[] {
  const layers: Layer[] = [];
  let prev: Layer | null = null;
  for (let i = 1; i < sizes.length; i++) {
    const layer: Layer = new Layer(`dense${i}`, sizes[i - 1], sizes[i], scale);
    if (prev !== null) {
      layer.prev = prev;
      prev.next = layer; // expect: no-reference-cycle
    }
    layers.push(layer);
    prev = layer;
  }
  return layers;
}

// Singly linked: forward references only, built head to tail.
export function buildForwardChain(sizes: number[], scale: number): Layer | null {
  let head: Layer | null = null;
  let tail: Layer | null = null;
  for (let i = 1; i < sizes.length; i++) {
    const layer: Layer = new Layer(`fc${i}`, sizes[i - 1], sizes[i], scale);
    if (tail) {
      tail.next = layer;
    } else {
      head = layer;
    }
    tail = layer;
  }
  return head;
}

export function runForward(head: Layer | null, input: NDArray): NDArray {
  let x = input;
  for (let layer = head; layer; layer = layer.next) {
    x = layer.forward(x);
  }
  return x;
}

function depthFromEnd(layer: Layer): number {
  let depth = 0;
  let cursor: Layer | null = layer;
  while (cursor?.next) {
    cursor = cursor.next;
    depth++;
  }
  return depth;
}

function describeBackward(last: Layer | undefined): string[] {
  const names: string[] = [];
  let cursor = last ?? null;
  while (cursor) {
    names.push(`${cursor.name}:${cursor.outputNorm().toFixed(2)}`);
    cursor = cursor.prev;
  }
  return names;
}

const sizes = [4, 3, 3, 2];
const input = ones(4).mul(0.5);

const stack = buildStack(sizes, 0.2);
const out = runForward(stack[0] ?? null, input);
console.log("stack output:", out.tolist());
console.log("backward norms:", describeBackward(stack[stack.length - 1]).join(" <- "));
console.log("layers after the first:", depthFromEnd(stack[0]));

const chain = buildForwardChain(sizes, 0.1);
const chainOut = runForward(chain, input);
console.log("chain output:", chainOut.tolist(), "input total:", input.sum());
for (let layer = chain; layer; layer = layer.next) {
  console.log(`  ${layer.name} norm=${layer.outputNorm().toFixed(3)}`);
}
