// Builds a chain of elementwise dense layers with forward and backward links, runs a forward pass and prints the output.
import { array, ones, NDArray } from "ndalias";

type Activation = "relu" | "identity";

class Dense {
  weights: NDArray;
  bias: NDArray;
  next: Dense | null = null;
  prev: Dense | null = null;

  constructor(
    readonly name: string,
    width: number,
    readonly activation: Activation = "relu",
    scale = 0.5,
  ) {
    this.weights = ones(width).mul(scale);
    this.bias = ones(width).mul(0.1);
  }

  forward(x: NDArray): NDArray {
    const z = x.mul(this.weights).add(this.bias);
    if (this.activation === "relu") {
      for (let i = 0; i < z.size; i++) {
        if (z.get(i) < 0) z.set(i, 0);
      }
    }
    return z;
  }

  scaleWeights(k: number): void {
    this.weights.imul(k);
  }
}

export function link(upstream: Dense, downstream: Dense): Dense {
  upstream.next = downstream;
  downstream.prev = upstream; // expect: no-reference-cycle
  return upstream;
}

export function buildChain(width: number, names: string[], activation?: Activation): Dense | null {
  const layers = names.map((n, i) => new Dense(n, width, i === names.length - 1 ? "identity" : activation));
  for (let i = 0; i + 1 < layers.length; i++) {
    link(layers[i], layers[i + 1]);
  }
  return layers.length > 0 ? layers[0] : null;
}

export function runChain(head: Dense | null, input: NDArray): NDArray {
  let x = input;
  for (let layer = head; layer !== null; layer = layer.next) {
    x = layer.forward(x);
  }
  return x;
}

function depth(head: Dense | null): number {
  let n = 0;
  for (let layer = head; layer !== null; layer = layer.next) n++;
  return n;
}

const head = buildChain(3, ["in", "hidden", "out"], "relu");
head?.scaleWeights(2);
const input = array([1.0, -2.0, 0.5]);
const output = runChain(head, input);
console.log("depth:", depth(head), "output:", output.tolist(), "input:", input.tolist());
