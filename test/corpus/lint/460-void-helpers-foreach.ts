// Clips, decays and resets the gradient buffers of a model's layers in place between steps, accumulating their running mean.
import { array, zeros, NDArray } from "ndalias";

type GradBuffers = Record<string, NDArray>;

function clipInPlace(g: NDArray, limit = 1): void {
  const norm = Math.sqrt(g.mul(g).sum());
  if (norm > limit) {
    g.imul(limit / norm);
  }
}

function zeroGrad(grads: GradBuffers): void {
  for (const key of Object.keys(grads)) {
    grads[key].fill(0);
  }
}

function applyAll<T extends NDArray>(items: T[], fn: (x: T) => void): void {
  for (const item of items) fn(item);
}

class Accumulator {
  private total: NDArray;
  private count = 0;
  constructor(width: number) {
    this.total = zeros(width);
  }
  add(g: NDArray): number {
    this.total.iadd(g);
    this.count += 1;
    return this.count;
  }
  mean(): NDArray {
    return this.total.div(Math.max(this.count, 1));
  }
}

const norms = (g: GradBuffers): Record<string, number> => {
  const out: Record<string, number> = {};
  Object.entries(g).forEach(([k, v]) => {
    out[k] = Math.sqrt(v.mul(v).sum());
  });
  return out;
};

const grads: GradBuffers = {
  dense1: array([3, 4, 0]),
  dense2: array([0.1, 0.2, 0.3]),
  head: array([10, -10, 5]),
};
const acc = new Accumulator(3);

console.log("raw norms:", norms(grads));
applyAll(Object.values(grads), (g) => clipInPlace(g, 5));
Object.values(grads).forEach((g) => g.imul(0.9));
console.log("clipped and decayed:", norms(grads));
for (const g of Object.values(grads)) {
  console.log("accumulated", acc.add(g), "buffers");
}
console.log("running mean:", acc.mean().tolist());
zeroGrad(grads);
console.log("after reset:", norms(grads));
