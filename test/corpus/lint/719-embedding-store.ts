// An in-memory word-embedding store with lookup caching, analogy queries and a centred, unit-normalised export.
import { array, zeros, NDArray } from "ndalias";

class Box<T> {
  constructor(readonly value: T) {}
}

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Scales a vector to unit length in place. */
function normalizeInPlace(v: NDArray): void {
  const norm = Math.sqrt(v.mul(v).sum());
  if (norm > 0) v.idiv(norm);
}

function cosine(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(a.mul(a).sum());
  const nb = Math.sqrt(b.mul(b).sum());
  return na && nb ? a.mul(b).sum() / (na * nb) : 0;
}

class EmbeddingStore {
  private readonly table: NDArray;
  private readonly index = new Map<string, number>();
  private readonly cache = new Map<string, NDArray>();
  private hits = 0;

  constructor(words: string[], vectors: number[][]) {
    this.table = array(vectors);
    words.forEach((w, i) => this.index.set(w, i));
  }

  get dimension(): number {
    return this.table.shape[1];
  }

  get matrix(): NDArray {
    return this.table.copy();
  }

  get hitCount(): number {
    return this.hits;
  }

  lookup(word: string): Result<NDArray> {
    const cached = this.cache.get(word);
    if (cached) {
      this.hits++;
      return { ok: true, value: cached.copy() };
    }
    const row = this.index.get(word);
    if (row === undefined) return { ok: false, error: `unknown word "${word}"` };
    const vec = this.table.slice(row).copy();
    this.cache.set(word, vec.copy());
    return { ok: true, value: vec };
  }

  nearest(query: NDArray, exclude: string[]): string {
    let best = "";
    let bestScore = -Infinity;
    for (const [word, row] of this.index) {
      if (exclude.includes(word)) continue;
      const score = cosine(query, this.table.slice(row));
      if (score > bestScore) {
        bestScore = score;
        best = word;
      }
    }
    return best;
  }

  rescaleAll(factor: number): number {
    this.table.imul(factor);
    this.cache.clear();
    return this.table.sum();
  }
}

function analogy(store: EmbeddingStore, a: string, b: string, c: string): Result<string> {
  const va = store.lookup(a);
  const vb = store.lookup(b);
  const vc = store.lookup(c);
  if (!va.ok) return va;
  if (!vb.ok) return vb;
  if (!vc.ok) return vc;
  const target = vb.value.copy();
  target.isub(va.value);
  target.iadd(vc.value);
  return { ok: true, value: store.nearest(target, [a, b, c]) };
}

function centredExport(store: EmbeddingStore): Box<NDArray> {
  const m = store.matrix;
  const mean = zeros(store.dimension);
  for (let i = 0; i < m.shape[0]; i++) mean.iadd(m.slice(i));
  mean.idiv(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) {
    m.slice(i).isub(mean);
  }
  return new Box(m);
}

const store = new EmbeddingStore(
  ["king", "queen", "man", "woman", "apple", "pear"],
  [[0.8, 0.7, 0.1], [0.8, 0.1, 0.7], [0.3, 0.8, 0.1], [0.3, 0.1, 0.8], [0.1, 0.2, 0.2], [0.1, 0.25, 0.2]],
);

const king1 = store.lookup("king");
const king2 = store.lookup("king");
if (king1.ok && king2.ok) {
  normalizeInPlace(king2.value);
  console.log("king:", king1.value.tolist(), "unit king:", king2.value.tolist(), "cache hits:", store.hitCount);
}

const result = analogy(store, "man", "king", "woman");
console.log("man : king :: woman :", result.ok ? result.value : result.error);
const missing = analogy(store, "man", "king", "duchess");
console.log("with an unknown word:", missing.ok ? missing.value : missing.error);

const exported = centredExport(store);
const rows = exported.value;
const unitRows: NDArray[] = [];
for (let i = 0; i < rows.shape[0]; i++) {
  const unit = rows.slice(i).copy();
  normalizeInPlace(unit);
  unitRows.push(unit);
}
console.log("centred export column sums:", rows.slice(":", 0).sum().toFixed(6), "first unit row:", unitRows[0].tolist());

const fruit = store.lookup("apple");
if (fruit.ok) {
  let probe = fruit.value;
  probe = probe.mul(2);
  probe.iadd(0.05);
  console.log("perturbed apple:", probe.tolist(), "apple:", fruit.value.tolist());
}

console.log("table sum after doubling:", store.rescaleAll(2).toFixed(3));
const doubledKing = store.lookup("king");
console.log("king after rescale:", doubledKing.ok ? doubledKing.value.tolist() : doubledKing.error);
