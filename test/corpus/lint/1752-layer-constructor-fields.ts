// A dense layer that remembers its initial weights and a packed linear model with kernel/offset views: one training step, pruning and a checkpoint.
import { array, NDArray } from "ndalias";

class DenseLayer {
  readonly initialWeights: NDArray;

  constructor(
    public weights: NDArray,
    public bias: NDArray,
  ) {
    this.initialWeights = weights;
  }

  forward(x: NDArray): number {
    return x.mul(this.weights).sum() + this.bias.get(0);
  }

  drift(): number {
    const d = this.weights.sub(this.initialWeights);
    return Math.sqrt(d.mul(d).sum());
  }

  decayBias(rate: number): void {
    this.bias.imul(1 - rate);
  }
}

class PackedLinear {
  readonly kernel: NDArray;
  readonly offset: NDArray;

  constructor(public packed: NDArray) {
    this.kernel = packed.slice(":-1");
    this.offset = packed.slice("-1:");
  }

  predict(x: NDArray): number {
    return x.mul(this.kernel).sum() + this.offset.get(0);
  }

  describe(): string {
    return `kernel of ${this.kernel.size} weights, offset ${this.offset.get(0)}`;
  }
}

function checkpoint(label: string, params: NDArray): string {
  return `${label}: [${(params.tolist() as number[]).map((v) => v.toFixed(3)).join(", ")}]`;
}

function mse(pred: number, target: number): number {
  return (pred - target) ** 2;
}

// --- dense layer: one SGD step on a single sample ---
const layer = new DenseLayer(array([0.3, -0.1, 0.8]), array([0.05]));
const x = array([1, 2, 3]);
const target = 2.0;
const lr = 0.01;

const lossBefore = mse(layer.forward(x), target);
const err = layer.forward(x) - target;
layer.weights.isub(x.mul(2 * err * lr)); // expect: no-alias-mutation
layer.bias.isub(2 * err * lr);
layer.decayBias(0.001);
const lossAfter = mse(layer.forward(x), target);

console.log("loss:", lossBefore.toFixed(4), "->", lossAfter.toFixed(4));
console.log("initial weights:", layer.initialWeights.tolist());
console.log("drift from init:", layer.drift().toFixed(5));

// --- packed model: evaluate, prune the smallest kernel entry, checkpoint ---
const model = new PackedLinear(array([0.5, 0.02, -0.5, 1.0]));
const probe = array([1, 1, 1]);
console.log("prediction before pruning:", model.predict(probe));

let smallest = 0;
for (let i = 1; i < model.kernel.size; i++) {
  if (Math.abs(model.kernel.get(i)) < Math.abs(model.kernel.get(smallest))) smallest = i;
}
model.kernel.set(smallest, 0); // expect: no-view-mutation
console.log("pruned prediction:", model.predict(probe).toFixed(3));

console.log(model.describe());
console.log(checkpoint("saved parameters", model.packed));
