// A dense layer that registers itself as the owner of its parameters so optimisers can find the layer from them.
import { zeros, NDArray } from "ndalias";

class Dense {
  weights: NDArray;
  bias: NDArray;
  owner: Dense | null = null;
  constructor(inputs: number, outputs: number) {
    this.weights = zeros([outputs, inputs]);
    this.bias = zeros(outputs);
  }
  register(): void {
    this.owner = this; // expect: no-reference-cycle
  }
  paramCount(): number {
    return this.weights.size + this.bias.size;
  }
}

const layer = new Dense(4, 2);
layer.register();
console.log("parameters:", layer.paramCount(), "registered:", layer.owner !== null);
