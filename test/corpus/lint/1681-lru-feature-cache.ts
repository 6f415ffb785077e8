// An LRU cache of feature vectors: recency is a doubly linked list of key nodes, vectors live in a map, and hits hand out copies.
import { array, NDArray } from "ndalias";

class RecencyNode {
  prev: RecencyNode | null = null;
  next: RecencyNode | null = null;
  constructor(readonly key: string) {}
}

class FeatureCache {
  private head: RecencyNode | null = null;
  private tail: RecencyNode | null = null;
  private readonly nodes = new Map<string, RecencyNode>();
  private readonly vectors = new Map<string, NDArray>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  private unlink(node: RecencyNode): void {
    if (node.prev !== null) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next !== null) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = null;
    node.next = null;
  }

  private pushFront(node: RecencyNode): void {
    node.next = this.head;
    if (this.head !== null) this.head.prev = node;
    this.head = node;
    if (this.tail === null) this.tail = node;
  }

  private evict(node: RecencyNode): void {
    this.unlink(node);
    this.nodes.delete(node.key);
    this.vectors.get(node.key)?.dispose();
    this.vectors.delete(node.key);
  }

  put(key: string, vector: NDArray): void {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      this.unlink(existing);
      this.vectors.get(key)?.dispose();
    }
    const node = existing ?? new RecencyNode(key);
    this.pushFront(node);
    this.nodes.set(key, node);
    this.vectors.set(key, vector.copy());
    if (this.nodes.size > this.capacity && this.tail !== null) this.evict(this.tail);
  }

  get(key: string): NDArray | null {
    const node = this.nodes.get(key);
    const stored = this.vectors.get(key);
    if (node === undefined || stored === undefined) {
      this.misses++;
      return null;
    }
    this.unlink(node);
    this.pushFront(node);
    this.hits++;
    return stored.copy();
  }

  order(): string[] {
    const keys: string[] = [];
    for (let n = this.head; n !== null; n = n.next) keys.push(n.key);
    return keys;
  }
}

function cosine(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(a.mul(a).sum());
  const nb = Math.sqrt(b.mul(b).sum());
  return a.mul(b).sum() / (na * nb);
}

const cache = new FeatureCache(3);
const embedding = array([0.2, 0.9, 0.4, 0.1]);

cache.put("cat", embedding);
// The caller keeps reusing its scratch vector; the cache already took its own copy.
embedding.imul(-1);
embedding.iadd(1);
cache.put("dog", embedding);
embedding.fill(0.5);
cache.put("owl", embedding);

const cat = cache.get("cat");
const dog = cache.get("dog");
if (cat !== null && dog !== null) {
  console.log("cat vs dog:", cosine(cat, dog).toFixed(4));
  // Personalise the fetched vector for this request only.
  cat.iadd(array([0, 0, 0.3, 0]));
  console.log("personalised cat:", cat.tolist(), "cached cat:", cache.get("cat")?.tolist());
}

cache.put("fox", array([0.7, 0.7, 0.1, 0.0]));
console.log("recency (most recent first):", cache.order().join(", "));
console.log("owl still cached?", cache.get("owl") !== null, "hits:", cache.hits, "misses:", cache.misses);
console.log("scratch vector now:", embedding.tolist());
