// A model store that hands out copies of its parameters, so callers can edit what they receive without touching the model.
import { array, NDArray } from "ndalias";

class Holder<T> {
  constructor(readonly item: T) {}
}

class ModelStore {
  private weights = array([0.5, -0.25, 0.75]);
  private cache = new Map<string, NDArray>();
  get snapshot(): NDArray {
    return this.weights.copy();
  }
  normalized(): NDArray {
    return this.weights.div(this.weights.sum());
  }
  cached(key: string): NDArray {
    const hit = this.cache.get(key);
    if (hit) return hit.copy();
    const fresh = this.weights.mul(2);
    this.cache.set(key, fresh);
    return fresh.copy();
  }
  static fromArray(w: NDArray): ModelStore {
    const s = new ModelStore();
    s.weights = w.copy();
    return s;
  }
  total(): number {
    return this.weights.sum();
  }
}

const init = array([1, 2, 3]);
const store = ModelStore.fromArray(init);
init.fill(0);
const snap = store.snapshot;
snap.imul(10);
const norm = store.normalized();
norm.imul(100);
const doubled = store.cached("x2");
doubled.fill(-1);
const boxed = new Holder(init.copy());
boxed.item.fill(9);
console.log("model total:", store.total(), "edited snapshot:", snap.tolist(), "percent:", norm.tolist());
console.log("edited cache copy:", doubled.tolist(), "boxed:", boxed.item.tolist(), "init:", init.tolist());
