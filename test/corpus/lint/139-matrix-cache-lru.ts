// LRU cache of transform matrices keyed by name: copies on the safe accessor, the stored matrix on the fast one, and a renderer that scales a matrix it looked up fast.
import { eye, array, zeros, NDArray } from "ndalias";

class MatrixCache {
  private readonly entries = new Map<string, NDArray>();
  private readonly stats = zeros(2); // [hits, misses]

  constructor(private readonly capacity: number) {}

  get(key: string): NDArray | undefined {
    const m = this.entries.get(key);
    if (m === undefined) {
      this.stats.set(1, this.stats.get(1) + 1);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, m);
    this.stats.set(0, this.stats.get(0) + 1);
    return m;
  }

  getCopy(key: string): NDArray | undefined {
    return this.get(key)?.copy();
  }

  put(key: string, value: NDArray): void {
    this.entries.set(key, value.copy());
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  hitRate(): number {
    const total = this.stats.sum();
    return total === 0 ? 0 : this.stats.get(0) / total;
  }

  resetStats(): void {
    this.stats.fill(0);
  }
}

function compose(a: NDArray, b: NDArray): NDArray {
  const out = zeros([3, 3]);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      out.set([i, j], a.slice(i).mul(b.slice(":", j)).sum());
    }
  }
  return out;
}

const cache = new MatrixCache(4);
const rot90 = array([[0, -1, 0], [1, 0, 0], [0, 0, 1]]);
cache.put("identity", eye(3));
cache.put("rot90", rot90);
rot90.imul(-1);

const zoomed = cache.getCopy("identity");
if (zoomed) {
  zoomed.slice("0:2", "0:2").imul(2);
  console.log("zoom:", zoomed.tolist());
}

const rot = cache.get("rot90");
if (rot) {
  rot.imul(0.5); // expect: no-alias-mutation
  console.log("half rotation:", rot.tolist());
}
const full = cache.get("rot90");
if (full) console.log("composed:", compose(full, full).tolist(), "hit rate:", cache.hitRate());
