// Feature store for an online model: an entity-by-feature matrix updated through chained row writes, column standardisation on its own field, and copies served to callers.
import { array, zeros, NDArray } from "ndalias";

class FeatureStore {
  readonly matrix: NDArray;
  private readonly ids = new Map<string, number>();

  constructor(readonly features: number, capacity: number) {
    this.matrix = zeros([capacity, features]);
  }

  upsert(id: string, values: NDArray): void {
    let row = this.ids.get(id);
    if (row === undefined) {
      row = this.ids.size;
      this.ids.set(id, row);
    }
    this.matrix.slice(row).assign(":", values);
  }

  row(id: string): NDArray {
    const r = this.ids.get(id);
    if (r === undefined) throw new Error(`unknown entity ${id}`);
    return this.matrix.slice(r);
  }

  vectorFor(id: string): NDArray {
    return this.row(id).copy();
  }

  standardiseColumns(): void {
    const used = this.ids.size;
    for (let j = 0; j < this.features; j++) {
      const mu = this.matrix.slice(`:${used}`, j).mean();
      this.matrix.slice(`:${used}`, j).isub(mu);
    }
  }
}

function score(weights: NDArray, x: NDArray): number {
  return weights.mul(x).sum();
}

const store = new FeatureStore(3, 4);
store.upsert("u1", array([1, 20, 300]));
store.upsert("u2", array([3, 10, 100]));
store.upsert("u3", array([2, 30, 200]));

const embedding = store.row("u2");
console.log("u2 raw features:", embedding.tolist());

const weights = array([0.5, 0.1, 0.01]);
const candidate = store.vectorFor("u1");
candidate.imul(2);
console.log("boosted u1 score:", score(weights, candidate), "stored u1 score:", score(weights, store.row("u1")));

const backup = store.matrix.copy();
store.standardiseColumns();
store.matrix.imul(0.5);
const drift = store.matrix.sub(backup);
drift.imul(drift);
console.log("squared drift:", drift.sum(), "backup total:", backup.sum());
