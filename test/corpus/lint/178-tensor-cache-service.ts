// Tensor cache for a rendering service: projection matrices are stored by name in a Map field, accessors hand out either copies or the stored matrix, and maintenance methods rescale entries.
import { eye, zeros, NDArray } from "ndalias";

export class TensorCache {
  private readonly entries = new Map<string, NDArray>();
  private readonly fallback: NDArray;
  private version = 0;

  constructor(readonly dim: number) {
    this.fallback = eye(dim);
  }

  put(key: string, m: NDArray): number {
    this.entries.set(key, m.copy());
    return ++this.version;
  }

  borrow(key: string): NDArray {
    return this.entries.get(key) ?? this.fallback;
  }

  checkout(key: string): NDArray {
    return this.borrow(key).copy();
  }

  zoomed(key: string, zoom: number): NDArray {
    const m = this.checkout(key);
    m.slice("0:2", "0:2").imul(zoom);
    return m;
  }

  blend(a: string, b: string, t: number): NDArray {
    const out = this.checkout(a);
    out.imul(1 - t);
    out.iadd(this.borrow(b).mul(t));
    return out;
  }

  homogenised(key: string): NDArray {
    const m = this.borrow(key);
    const w = m.get(this.dim - 1, this.dim - 1) || 1;
    m.idiv(w); // expect: no-alias-mutation
    return m;
  }

  clearAll(): number {
    let cleared = 0;
    for (const m of this.entries.values()) {
      m.flatten().fill(0); // expect: no-lost-write
      cleared++;
    }
    this.version++;
    return cleared;
  }

  resetFallback(): void {
    this.fallback.fill(0);
    for (let i = 0; i < this.dim; i++) this.fallback.set([i, i], 1);
  }

  traces(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, m] of this.entries) {
      let t = 0;
      for (let i = 0; i < this.dim; i++) t += m.get(i, i);
      out[key] = t;
    }
    return out;
  }
}

export function composeFromCache(cache: TensorCache, keys: string[]): NDArray {
  let acc = cache.checkout(keys[0]);
  for (const key of keys.slice(1)) {
    const next = zeros([cache.dim, cache.dim]);
    const rhs = cache.borrow(key);
    for (let i = 0; i < cache.dim; i++) {
      for (let j = 0; j < cache.dim; j++) next.set([i, j], acc.slice(i).mul(rhs.slice(":", j)).sum());
    }
    acc = next;
  }
  return acc;
}
