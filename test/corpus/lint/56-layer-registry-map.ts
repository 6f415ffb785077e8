// Dense layers register themselves by name in a module-level registry so optimisers can look them up later.
import { zeros, NDArray } from "ndalias";

const REGISTRY = new Map<string, Dense>();

class Dense {
  weights: NDArray;
  bias: NDArray;
  constructor(readonly name: string, inputs: number, outputs: number) {
    this.weights = zeros([outputs, inputs]);
    this.bias = zeros(outputs);
  }
  register(): this {
    REGISTRY.set(this.name, this);
    return this;
  }
  paramCount(): number {
    return this.weights.size + this.bias.size;
  }
}

new Dense("encoder", 4, 2).register();
new Dense("decoder", 2, 4).register();
for (const [name, layer] of REGISTRY) console.log(name, "parameters:", layer.paramCount());
