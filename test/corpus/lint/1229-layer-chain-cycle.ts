// Builds an autoencoder from dense layers holding weight arrays, chains them for the forward pass and ties encoder/decoder pairs.
import { array, zeros, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  bias: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  tiedWith: Layer | null = null;

  constructor(readonly name: string, inSize: number, outSize: number) {
    this.weights = zeros([outSize, inSize]);
    this.bias = zeros(outSize);
  }

  forward(x: NDArray): NDArray {
    const [outSize, inSize] = this.weights.shape;
    const y = this.bias.copy();
    for (let o = 0; o < outSize; o++) {
      let acc = 0;
      for (let i = 0; i < inSize; i++) acc += this.weights.get(o, i) * x.get(i);
      y.set(o, Math.max(0, y.get(o) + acc));
    }
    return y;
  }

  initIdentity(scale: number): void {
    const [outSize, inSize] = this.weights.shape;
    for (let k = 0; k < Math.min(outSize, inSize); k++) this.weights.set([k, k], scale);
  }
}

// forward-only chain: each layer points to the one after it
export function buildStack(sizes: number[]): Layer[] {
  const layers: Layer[] = [];
  let prev: Layer | null = null;
  for (let i = 0; i + 1 < sizes.length; i++) {
    const layer: Layer = new Layer(`dense${i}`, sizes[i], sizes[i + 1]);
    layer.initIdentity(1);
    if (prev !== null) prev.next = layer;
    prev = layer;
    layers.push(layer);
  }
  return layers;
}

// lets the optimiser walk the stack backwards during backprop
export function linkBidirectional(a: Layer, b: Layer): void {
  a.next = b;
  b.prev = a; // expect: no-reference-cycle
}

// a decoder layer mirrors its encoder layer and vice versa
export function tieWeights(encoder: Layer, decoder: Layer): void {
  encoder.tiedWith = decoder;
  decoder.tiedWith = encoder; // expect: no-reference-cycle
}

// replacing a draft head: the back-pointer goes on the new head only
export function replaceHead(body: Layer, outSize: number): Layer {
  const inSize = body.weights.shape[0];
  let head = new Layer("draft-head", inSize, outSize);
  body.next = head;
  head = new Layer("head", inSize, outSize);
  head.prev = body;
  head.initIdentity(0.5);
  return head;
}

export function runStack(first: Layer, input: NDArray): NDArray {
  let layer: Layer | null = first;
  let x = input;
  while (layer !== null) {
    x = layer.forward(x);
    layer = layer.next;
  }
  return x;
}

export function describeStack(first: Layer): string {
  const names: string[] = [];
  for (let l: Layer | null = first; l !== null; l = l.next) {
    names.push(`${l.name}(${l.weights.shape.join("x")})`);
  }
  return names.join(" -> ");
}

const stack = buildStack([4, 3, 2, 3, 4]);
console.log("stack:", describeStack(stack[0]));
const sample = array([0.5, -1, 2, 0.25]);
console.log("reconstruction:", runStack(stack[0], sample).tolist());

tieWeights(stack[0], stack[3]);
tieWeights(stack[1], stack[2]);
console.log("tied:", stack.map((l) => `${l.name}~${l.tiedWith?.name ?? "-"}`).join(", "));

const encoderOut = new Layer("bottleneck", 2, 2);
linkBidirectional(stack[1], encoderOut);
console.log("after relink:", describeStack(stack[0]));

const head = replaceHead(stack[3], 2);
console.log("head input size:", head.weights.shape[1], "previous:", head.prev?.name);
console.log("head output:", head.forward(array([1, 2, 3, 4])).tolist());
