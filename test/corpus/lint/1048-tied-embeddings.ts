// A toy language model: a token embedding table, a decoder whose output projection is tied to it, and nearest-neighbour lookups.
import { array, zeros, NDArray } from "ndalias";

class Vocabulary {
  readonly #ids = new Map<string, number>();
  readonly tokens: string[] = [];

  static from(words: string[]): Vocabulary {
    const v = new Vocabulary();
    for (const w of words) v.add(w);
    return v;
  }

  add(word: string): number {
    if (!this.#ids.has(word)) {
      this.#ids.set(word, this.tokens.length);
      this.tokens.push(word);
    }
    return this.#ids.get(word)!;
  }

  encode(text: string): number[] {
    return text.split(" ").map((w) => this.#ids.get(w) ?? 0);
  }
}

class Embedding {
  vectors: NDArray;

  constructor(vectors: NDArray) {
    this.vectors = vectors;
  }

  static seeded(rows: number, dim: number): Embedding {
    const table = zeros([rows, dim]);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < dim; j++) table.set([i, j], Math.sin(i * 1.7 + j * 0.9));
    }
    return new Embedding(table);
  }

  lookup(ids: number[], scale = 1): NDArray {
    const rows = this.vectors.take(ids, 0);
    rows.imul(scale);
    return rows;
  }

  // Every row rescaled to unit length, for cosine similarity.
  get unitVectors(): NDArray {
    for (let i = 0; i < this.vectors.shape[0]; i++) {
      const row = this.vectors.slice(i);
      const norm = Math.sqrt(row.mul(row).sum());
      row.idiv(norm || 1); // expect: no-view-mutation
    }
    return this.vectors;
  }
}

class Decoder {
  projection: NDArray = zeros([1, 1]);
  bias: NDArray = zeros(1);

  logits(hidden: NDArray): NDArray {
    const [vocab, dim] = this.projection.shape;
    const out = zeros(vocab);
    for (let t = 0; t < vocab; t++) {
      let s: number = this.bias.get(t);
      for (let k = 0; k < dim; k++) s += this.projection.get(t, k) * hidden.get(k);
      out.set(t, s);
    }
    return out;
  }
}

function nearest(table: NDArray, query: NDArray): number {
  let best = -Infinity;
  let bestRow = 0;
  for (let i = 0; i < table.shape[0]; i++) {
    const score = table.slice(i).mul(query).sum();
    if (score > best) {
      best = score;
      bestRow = i;
    }
  }
  return bestRow;
}

const vocab = Vocabulary.from(["<pad>", "the", "cat", "sat", "on", "mat"]);
const embed = Embedding.seeded(vocab.tokens.length, 4);

const decoder = new Decoder();
decoder.projection = embed.vectors;
decoder.bias = zeros(vocab.tokens.length);

const temperature = 0.7;
const context = embed.lookup(vocab.encode("the cat sat"));
const hidden = zeros(4);
for (let r = 0; r < context.shape[0]; r++) hidden.iadd(context.slice(r));
hidden.idiv(context.shape[0]);

decoder.projection.idiv(temperature); // expect: no-alias-mutation
const logits = decoder.logits(hidden);
console.log("next-token logits:", logits.tolist());

const query = embed.lookup(vocab.encode("cat"));
console.log("nearest to 'cat':", vocab.tokens[nearest(embed.vectors, query.slice(0))]);
console.log("unit table row 0:", embed.unitVectors.slice(0).tolist());
console.log("scaled lookup:", embed.lookup([2, 3], 2).tolist(), "original:", array(vocab.encode("sat mat")).tolist());
