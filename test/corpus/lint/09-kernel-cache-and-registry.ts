// Memoises Gaussian kernels in a Map and keeps a Map registry of dense layers; prints kernel traces and layer sizes.
import { zeros, NDArray } from "ndalias";

const kernels = new Map<number, NDArray>();

function gaussianKernel(n: number, sigma: number): NDArray {
  const cached = kernels.get(n);
  if (cached) return cached;
  const k = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      k.set([i, j], Math.exp(-((i - j) ** 2) / (2 * sigma * sigma)));
    }
  }
  kernels.set(n, k);
  return k;
}

for (const n of [3, 4, 3]) {
  const k = gaussianKernel(n, 1.5);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += k.get(i, i);
  console.log(`n=${n} trace=${trace.toFixed(3)}`);
}
console.log("cached sizes:", [...kernels.keys()]);

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
