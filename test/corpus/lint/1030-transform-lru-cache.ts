// Memoising cache for feature transforms: an LRU list of key nodes orders the entries while the arrays themselves sit in a map.
import { array, arange, NDArray } from "ndalias";

class KeyNode {
  prev: KeyNode = this;
  next: KeyNode = this;
  constructor(readonly key: string) {}
}

class TransformCache {
  private readonly sentinel = new KeyNode("");
  private readonly nodes = new Map<string, KeyNode>();
  private readonly values = new Map<string, NDArray>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  private unlink(node: KeyNode): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private pushFront(node: KeyNode): void {
    node.next = this.sentinel.next;
    node.prev = this.sentinel;
    this.sentinel.next.prev = node;
    this.sentinel.next = node;
  }

  get(key: string, compute: () => NDArray): NDArray {
    const node = this.nodes.get(key);
    const cached = this.values.get(key);
    if (node !== undefined && cached !== undefined) {
      this.hits++;
      this.unlink(node);
      this.pushFront(node);
      return cached.copy();
    }
    this.misses++;
    const value = compute();
    const fresh = new KeyNode(key);
    this.nodes.set(key, fresh);
    this.values.set(key, value);
    this.pushFront(fresh);
    if (this.nodes.size > this.capacity) this.evict();
    return value.copy();
  }

  private evict(): void {
    const oldest = this.sentinel.prev;
    if (oldest === this.sentinel) return;
    this.unlink(oldest);
    this.nodes.delete(oldest.key);
    this.values.get(oldest.key)?.dispose();
    this.values.delete(oldest.key);
  }

  keys(): string[] {
    const out: string[] = [];
    for (let n = this.sentinel.next; n !== this.sentinel; n = n.next) out.push(n.key);
    return out;
  }
}

function standardizeInPlace(x: NDArray): void {
  const mu = x.mean();
  x.isub(mu);
  const sd = Math.sqrt(x.mul(x).mean()) || 1;
  x.idiv(sd);
}

function polynomialFeatures(base: NDArray, degree: number): NDArray {
  const feats = base.copy();
  for (let d = 2; d <= degree; d++) {
    const power = base.copy();
    for (let i = 0; i < power.size; i++) power.set(i, base.get(i) ** d);
    feats.iadd(power);
  }
  return feats;
}

const cache = new TransformCache(2);
const signal = array([1, 2, 3, 4, 5]);

const poly = cache.get("poly", () => polynomialFeatures(signal, 3));
standardizeInPlace(poly);
console.log("standardised features:", poly.tolist());

const ramp = cache.get("ramp", () => {
  const r = arange(5);
  r.imul(0.5);
  return r;
});
ramp.iadd(1);
console.log("shifted ramp:", ramp.tolist());

const polyAgain = cache.get("poly", () => polynomialFeatures(signal, 3));
console.log("cached poly is pristine:", polyAgain.tolist());
cache.get("square", () => signal.mul(signal));
console.log("keys (most recent first):", cache.keys(), "hits:", cache.hits, "misses:", cache.misses);
console.log("signal:", signal.tolist());
