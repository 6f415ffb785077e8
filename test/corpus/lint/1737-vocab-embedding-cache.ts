// Caches word vectors keyed by string, pools sentences into unit vectors and reports the closest cached words for each sentence.
import { array, zeros, NDArray } from "ndalias";

class EmbeddingCache {
  private table: NDArray;
  private index = new Map<string, number>();
  private cache = new Map<string, NDArray>();
  hits = 0;
  misses = 0;

  constructor(words: string[], table: NDArray) {
    words.forEach((w, i) => this.index.set(w, i));
    this.table = table.copy();
  }

  lookup(word: string): NDArray {
    const cached = this.cache.get(word);
    if (cached) {
      this.hits++;
      return cached;
    }
    this.misses++;
    const id = this.index.get(word) ?? this.index.get("<unk>") ?? 0;
    const vec = this.table.slice(id).copy();
    this.cache.set(word, vec);
    return vec;
  }

  rescale(factor: number): void {
    this.table.imul(factor);
    this.cache.clear();
  }

  cachedWords(): string[] {
    return [...this.cache.keys()];
  }

  get dim(): number {
    return this.table.shape[1];
  }
}

function unit(v: NDArray): NDArray {
  const norm = Math.sqrt(v.mul(v).sum());
  const out = v.copy();
  if (norm > 0) out.idiv(norm);
  return out;
}

function poolSentence(cache: EmbeddingCache, sentence: string): NDArray {
  const words = sentence.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  const acc = zeros(cache.dim);
  for (const w of words) {
    acc.iadd(cache.lookup(w));
  }
  acc.idiv(Math.max(words.length, 1));
  const pooled = acc;
  return unit(pooled);
}

function closestWords(cache: EmbeddingCache, query: NDArray, k: number): string[] {
  const scored = cache.cachedWords().map((w) => [w, unit(cache.lookup(w)).mul(query).sum()] as const);
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, k).map(([w, s]) => `${w}(${s.toFixed(2)})`);
}

const words = ["<unk>", "search", "engine", "query", "index", "vector", "ranking", "model"];
const table = array([
  [0.0, 0.0, 0.0],
  [0.9, 0.1, 0.3],
  [0.8, 0.2, 0.4],
  [0.7, 0.5, 0.1],
  [0.3, 0.9, 0.2],
  [0.2, 0.8, 0.6],
  [0.6, 0.3, 0.9],
  [0.1, 0.4, 0.8],
]);
const cache = new EmbeddingCache(words, table);

const sentences = ["search engine query", "vector index", "ranking model query"];
const sentenceVectors = sentences.map((s) => poolSentence(cache, s));
sentences.forEach((s, i) => {
  console.log(`"${s}" ->`, closestWords(cache, sentenceVectors[i], 2).join(" "));
});
console.log("cache hits:", cache.hits, "misses:", cache.misses);

// Centre the pooled vectors on their mean: the working copy is what gets printed.
let centroid: NDArray = sentenceVectors[0];
centroid = centroid.add(sentenceVectors[1]).add(sentenceVectors[2]);
centroid.idiv(sentenceVectors.length);
const centred = sentenceVectors.map((sv) => sv.sub(centroid));
centred.forEach((c, i) => console.log(`centred ${i}:`, (c.tolist() as number[]).map((x) => x.toFixed(3)).join(", ")));

// Reading the original table before scaling it is fine; the cache kept its own copy.
const before = table;
console.log("table mean before temperature scaling:", before.mean().toFixed(4));
table.imul(2);
console.log("scaled table mean:", table.mean().toFixed(4));
cache.rescale(0.5);
console.log("after rescale, 'query' ->", (cache.lookup("query").tolist() as number[]).join(", "));

// A name made after the write sees the written values by design.
const scratch = cache.lookup("vector").copy();
scratch.imul(-1);
const flipped = scratch;
console.log("flipped vector:", flipped.tolist(), "norm:", Math.sqrt(scratch.mul(flipped).sum()).toFixed(3));
