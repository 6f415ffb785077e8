// Mini multilayer perceptron: layers are built from one initial weight matrix, the trainer scales the caller's gradient in place, and a debug script rescales the first layer.
import { full, array, NDArray } from "ndalias";

class Dense {
  weights: NDArray;
  bias: NDArray;

  constructor(weights: NDArray, width: number) {
    this.weights = weights;
    this.bias = full(width, 0.01);
  }

  forward(x: NDArray): NDArray {
    const out = this.bias.copy();
    for (let i = 0; i < this.bias.size; i++) {
      out.set(i, out.get(i) + this.weights.slice(i).mul(x).sum());
    }
    return out;
  }

  applyGradient(grad: NDArray, lr: number): number {
    grad.imul(lr); // expect: no-alias-mutation
    this.weights.isub(grad);
    return this.weights.sum();
  }
}

class Network {
  constructor(public readonly layers: Dense[]) {}

  predict(x: NDArray): NDArray {
    let h = x;
    for (const layer of this.layers) {
      h = layer.forward(h);
    }
    return h;
  }

  paramNorm(): number {
    let total = 0;
    for (const layer of this.layers) total += layer.weights.mul(layer.weights).sum();
    return Math.sqrt(total);
  }
}

const width = 3;
const init = full([width, width], 0.1);
const net = new Network([new Dense(init.copy(), width), new Dense(init.copy(), width)]);
const input = array([1, 0.5, -0.5]);
console.log("prediction:", net.predict(input).tolist());

const grad = full([width, width], 0.2);
net.layers[0].applyGradient(grad, 0.5);
console.log("gradient after step:", grad.sum());

const tied = full([width, width], 0.3);
const tiedNet = new Network([new Dense(tied, width), new Dense(tied, width)]);
const firstWeights = tiedNet.layers[0].weights;
firstWeights.imul(2); // expect: no-alias-mutation
console.log("tied init norm:", tied.sum(), "net norm:", tiedNet.paramNorm().toFixed(3));
