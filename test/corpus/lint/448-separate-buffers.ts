// Notes on arrays that never share memory: a module-level history updated through its own name, an optimizer's fields, and separate buffers.
import { array, zeros, ones, sharesMemory, NDArray } from "ndalias";

// ---- module-level state, updated only through its own name ----
const HISTORY = zeros(5);
let steps = 0;

export function record(value: number): number {
  HISTORY.set(steps % HISTORY.size, value);
  steps += 1;
  return HISTORY.mean();
}

export function resetHistory(): number {
  HISTORY.fill(0);
  steps = 0;
  return HISTORY.sum();
}

// ---- an optimizer that updates its own fields ----
class Momentum {
  weights: NDArray;
  velocity: NDArray;
  constructor(size: number, readonly lr: number) {
    this.weights = ones(size);
    this.velocity = zeros(size);
  }
  step(grad: NDArray): number {
    this.velocity.imul(0.9);
    this.velocity.iadd(grad.mul(this.lr));
    this.weights.isub(this.velocity);
    return this.weights.sum();
  }
}

const opt = new Momentum(3, 0.1);
const grad = array([1, -1, 0.5]);
console.log("weights sum after 2 steps:", opt.step(grad), opt.step(grad), "grad:", grad.tolist());

// ---- two zeros() calls are two buffers ----
const a = zeros(3);
const b = zeros(3);
console.log("a and b share memory?", sharesMemory(a, b));
a.fill(1);
console.log("a + b:", a.add(b).tolist(), "b:", b.tolist());

// ---- an arithmetic result is its own buffer ----
const scaled = a.mul(2);
a.fill(0);
console.log("scaled kept its values:", scaled.tolist(), "a:", a.tolist());

// ---- a name made AFTER the write just sees the result ----
a.iadd(4);
const snapshot = a;
console.log("snapshot:", snapshot.tolist());

for (const v of [3, 1, 4, 1, 5, 9]) record(v);
console.log("history mean:", HISTORY.mean(), "reset:", resetHistory());
