// A trainable embedding table: sparse gradient steps on rows, weight decay, batch lookups and mean-pooled user profiles.
import { full, zeros, NDArray } from "ndalias";

class EmbeddingTable {
  readonly weights: NDArray;
  private readonly updates: NDArray;

  constructor(readonly rows: number, readonly dims: number) {
    this.weights = full([rows, dims], 0.1);
    this.updates = zeros(rows, "int32");
  }

  applyGradient(id: number, grad: NDArray, lr: number): number {
    this.weights.slice(id).isub(grad.mul(lr));
    this.updates.set(id, this.updates.get(id) + 1);
    return this.updates.get(id);
  }

  decay(rate: number): number {
    this.weights.imul(1 - rate);
    return this.weights.sum();
  }

  lookup(ids: number[]): NDArray {
    return this.weights.take(ids, 0);
  }

  /** Adds row `id` into the caller's accumulator (intended side effect). */
  accumulateInto(acc: NDArray, id: number): void {
    acc.iadd(this.weights.slice(id));
  }

  staleRows(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.rows; i++) {
      if (this.updates.get(i) === 0) out.push(i);
    }
    return out;
  }
}

function meanPool(table: EmbeddingTable, history: number[]): NDArray {
  const pooled = zeros(table.dims);
  for (const id of history) {
    table.accumulateInto(pooled, id);
  }
  pooled.idiv(Math.max(1, history.length));
  return pooled;
}

const table = new EmbeddingTable(5, 3);
const grad = full(3, 0.2);
const steps = table.applyGradient(1, grad, 0.5);
table.applyGradient(3, grad.mul(-1), 0.5);
console.log("row 1 updated", steps, "times; grad untouched:", grad.tolist());

const afterDecay = table.decay(0.01);
console.log("total weight after decay:", afterDecay.toFixed(4));

const batch = table.lookup([1, 3]);
batch.imul(2);
console.log("scaled batch:", batch.tolist());

const profile = meanPool(table, [1, 3, 4]);
console.log("user profile:", profile.tolist(), "stale rows:", table.staleRows());
console.log("table row 1:", table.weights.slice(1).tolist());
