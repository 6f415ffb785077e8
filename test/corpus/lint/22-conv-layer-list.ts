// Chains a stack of 1-D convolution layers as a singly linked list and runs a signal through it.
import { array, zeros, NDArray } from "ndalias";

class ConvLayer {
  next: ConvLayer | null = null;
  constructor(readonly kernel: NDArray) {}
  apply(x: NDArray): NDArray {
    const k = this.kernel.size;
    const out = zeros(x.size - k + 1);
    for (let i = 0; i < out.size; i++) {
      out.set(i, x.slice(`${i}:${i + k}`).mul(this.kernel).sum());
    }
    return out;
  }
}

const smooth = new ConvLayer(array([0.25, 0.5, 0.25]));
const edge = new ConvLayer(array([-1, 1]));
smooth.next = edge;

let signal: NDArray = array([0, 0, 1, 4, 9, 4, 1, 0, 0]);
for (let layer: ConvLayer | null = smooth; layer; layer = layer.next) {
  signal = layer.apply(signal);
}
console.log("response:", signal.tolist());
