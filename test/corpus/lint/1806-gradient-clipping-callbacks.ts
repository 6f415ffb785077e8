// Gradient clipping for a parameter store with private tensors: void in-place helpers applied through forEach callbacks and an optimiser event handler.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

function clipByValue(grad: NDArray, limit: number): void {
  for (let i = 0; i < grad.size; i++) {
    const g = grad.data[i] as number;
    grad.data[i] = Math.max(-limit, Math.min(limit, g));
  }
}

function scaleToNorm(grad: NDArray, maxNorm: number): void {
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm > maxNorm) {
    grad.imul(maxNorm / norm);
  }
}

function l2(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

class ParameterStore {
  #params = new Map<string, NDArray>();
  #grads = new Map<string, NDArray>();

  add(name: string, init: NDArray): void {
    this.#params.set(name, init.copy());
    this.#grads.set(name, zeros(init.shape));
  }

  get names(): string[] {
    return [...this.#params.keys()];
  }

  get gradNorm(): number {
    let total = 0;
    this.#grads.forEach((g) => {
      total += g.mul(g).sum();
    });
    return Math.sqrt(total);
  }

  accumulate(name: string, grad: NDArray): void {
    if (!this.#grads.has(name)) throw new Error(`unknown parameter "${name}"`);
    this.#grads.forEach((slot, key) => {
      if (key === name) slot.iadd(grad);
    });
  }

  clip(limit: number): void {
    this.#grads.forEach((g) => clipByValue(g, limit));
  }

  zeroGrad(): void {
    this.#grads.forEach((g) => g.fill(0));
  }

  apply(lr: number): void {
    this.#params.forEach((p, name) => {
      const g = this.#grads.get(name);
      if (g !== undefined) p.isub(g.mul(lr));
    });
  }

  norms(): Record<string, number> {
    const out: Record<string, number> = {};
    this.#params.forEach((p, name) => (out[name] = l2(p)));
    return out;
  }
}

const optimiser = new EventEmitter();
const store = new ParameterStore();
store.add("w", array([[0.5, -0.2], [0.1, 0.3]]));
store.add("b", array([0.0, 0.1]));

optimiser.on("gradient", (name: string, grad: NDArray) => scaleToNorm(grad, 1.0));
optimiser.on("gradient", (name: string, grad: NDArray) => store.accumulate(name, grad));

const rawW = array([[3.0, -4.0], [0.5, 0.0]]);
const rawB = array([0.2, -0.3]);
const rawNormW = l2(rawW);
optimiser.emit("gradient", "w", rawW);
optimiser.emit("gradient", "b", rawB);
console.log("raw |w| grad:", rawNormW.toFixed(3), "after scaling:", l2(rawW).toFixed(3));

console.log("grad norm before clip:", store.gradNorm.toFixed(3));
store.clip(0.5);
console.log("grad norm after clip:", store.gradNorm.toFixed(3));
store.apply(0.1);
store.zeroGrad();
console.log("param norms:", store.norms(), "names:", store.names.join(","));

const batchGrads = [array([0.9, -2.0]), array([0.1, 0.2]), array([-5.0, 5.0])];
batchGrads.forEach((g) => clipByValue(g, 1));
batchGrads.forEach((g) => g.imul(0.5));
console.log("clipped batch grads:", batchGrads.map((g) => g.tolist()));
