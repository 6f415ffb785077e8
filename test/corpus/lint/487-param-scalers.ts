// Feature scaling utilities for a tabular model: softmax-style probabilities, a column median, and void preprocessing hooks.
import { array, NDArray } from "ndalias";

type Hook = (batch: NDArray) => void;

const registry = {
  hooks: [] as Hook[],
  on(hook: Hook): void {
    this.hooks.push(hook);
  },
  run(batch: NDArray): void {
    for (const h of this.hooks) h(batch);
  },
};

export const toProbabilities = (logits: NDArray): NDArray => logits.idiv(logits.sum()); // expect: no-alias-mutation

export function medianOfColumn(table: NDArray, col: number): number {
  const column = table.slice(":", col);
  column.sort(); // expect: no-view-mutation
  return column.get(Math.floor(column.size / 2));
}

export function safeLog(x: NDArray): NDArray {
  const out = x.copy();
  guard: {
    if (out.min() > 0) break guard;
    out.isub(out.min());
    out.iadd(1e-9);
  }
  for (let i = 0; i < out.size; i++) out.set(i, Math.log(out.get(i)));
  return out;
}

const Standardizer = class {
  #mean = 0;
  #std = 1;
  fit(x: NDArray): this {
    this.#mean = x.mean();
    this.#std = Math.sqrt(x.sub(this.#mean).mul(x.sub(this.#mean)).mean()) || 1;
    return this;
  }
  transform(x: NDArray): NDArray {
    return x.sub(this.#mean).div(this.#std);
  }
};

registry.on((batch) => batch.slice(":", 0).fill(0));
registry.on((batch) => batch.imul(0.5));

const table = array([
  [3, 10, 0.2],
  [1, 40, 0.9],
  [2, 25, 0.4],
]);
registry.run(table);

const logits = array([2.0, 1.0, 0.5]);
const probs = toProbabilities(logits);
console.log("probabilities:", probs.tolist(), "logits:", logits.tolist());
console.log("median of column 1:", medianOfColumn(table, 1));
console.log("log features:", safeLog(table.slice(":", 2)).tolist());
console.log("standardised:", new Standardizer().fit(table).transform(table).tolist());
