// Parameter store for a small model: a generic LRU cache of named tensors, optimiser helpers that take destructured parameter groups, a tuple splitter, and a checkpoint bundler built on object-dtype arrays.
import { array, empty, zeros, NDArray } from "ndalias";

interface Group {
  weights: NDArray;
  bias: NDArray;
}

class Lru<V extends NDArray> {
  readonly #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}
  get(key: string): V | undefined {
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
    }
    return hit;
  }
  put(key: string, value: V): number {
    this.#entries.set(key, value);
    for (const [oldest] of this.#entries) {
      if (this.#entries.size <= this.capacity) break;
      this.#entries.delete(oldest);
    }
    return this.#entries.size;
  }
  norms(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, v] of this.#entries.entries()) out.set(key, Math.sqrt(v.mul(v).sum()));
    return out;
  }
}

function decay({ weights, bias }: Group, rate: number): number {
  weights.imul(1 - rate); // expect: no-alias-mutation
  return weights.sum() + bias.sum();
}

function decayInPlace({ weights }: Group, rate: number): void {
  weights.imul(1 - rate);
}

function splitHalves(x: NDArray): [NDArray, NDArray] {
  const mid = Math.floor(x.size / 2);
  return [x.slice(`0:${mid}`).copy(), x.slice(`${mid}:`).copy()];
}

function balance(signal: NDArray): number {
  const [left, right] = [signal.slice("0:3"), signal.slice("3:")];
  right.imul(left.mean() / (right.mean() || 1)); // expect: no-view-mutation
  return signal.sum();
}

function nest(inner: NDArray): NDArray {
  const outer = empty(1, "object");
  outer.set(0, inner);
  return outer;
}

function bundle(parts: Record<string, NDArray>): NDArray {
  const names = Object.keys(parts);
  const b = empty(names.length + 1, "object");
  names.forEach((name, i) => b.set(i, parts[name]));
  b.set(names.length, b); // expect: no-reference-cycle
  return b;
}

const cache = new Lru<NDArray>(2);
const g: Group = { weights: array([0.4, -0.2, 0.9]), bias: zeros(3) };
cache.put("w", g.weights.copy());
cache.put("b", g.bias.copy());
decayInPlace(g, 0.1);
console.log("decayed total:", decay(g, 0.05), "cached w:", cache.get("w")?.tolist());

const [lo, hi] = splitHalves(array([1, 2, 3, 4, 5, 6]));
hi.fill(0);
console.log("halves:", lo.tolist(), hi.tolist(), "balanced:", balance(array([1, 2, 3, 10, 20, 30])));

const checkpoint = bundle({ w: g.weights, b: g.bias });
console.log("bundle size:", checkpoint.size, "nested:", nest(g.weights).size, "norms:", [...cache.norms()]);
