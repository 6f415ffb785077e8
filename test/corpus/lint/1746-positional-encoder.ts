// Token encoder with a sinusoidal positional table: gathers embeddings for prompts, adds positions and pools each prompt into a vector.
import { zeros, NDArray } from "ndalias";

const VOCAB = ["[CLS]", "[SEP]", "[MASK]", "find", "similar", "papers", "on", "retrieval", "models"];
const DIM = 4;
const MAX_LEN = 8;

function sinusoidalTable(maxLen: number, dim: number): NDArray {
  const pe = zeros([maxLen, dim]);
  for (let p = 0; p < maxLen; p++) {
    for (let i = 0; i < dim; i += 2) {
      const angle = p / Math.pow(10000, i / dim);
      pe.set([p, i], Math.sin(angle));
      pe.set([p, i + 1], Math.cos(angle));
    }
  }
  return pe;
}

function initTable(): NDArray {
  const t = zeros([VOCAB.length, DIM]);
  for (let i = 0; i < VOCAB.length; i++) {
    for (let d = 0; d < DIM; d++) t.set([i, d], Math.cos(1.3 * i + 0.7 * d) * 0.5);
  }
  return t;
}

class Encoder {
  table: NDArray;
  pe: NDArray;
  scale: number;

  constructor(table: NDArray) {
    this.table = table;
    this.pe = sinusoidalTable(MAX_LEN, DIM);
    this.scale = Math.sqrt(DIM);
  }

  ids(tokens: string[]): number[] {
    return tokens.map((t) => {
      const id = VOCAB.indexOf(t);
      return id >= 0 ? id : VOCAB.indexOf("[MASK]");
    });
  }

  encode(tokens: string[]): NDArray {
    const n = tokens.length;
    const x = this.table.take(this.ids(tokens), 0);
    x.imul(this.scale);
    const positions = this.pe.slice(`:${n}`);
    positions.imul(0.5); // expect: no-view-mutation
    x.iadd(positions);
    return x;
  }

  pool(tokens: string[]): NDArray {
    const h = this.encode(tokens);
    const pooled = zeros(DIM);
    for (let i = 0; i < h.shape[0]; i++) pooled.iadd(h.slice(i));
    pooled.idiv(h.shape[0]);
    return pooled;
  }
}

function cosine(a: NDArray, b: NDArray): number {
  return a.mul(b).sum() / Math.sqrt(a.mul(a).sum() * b.mul(b).sum());
}

const table = initTable();
const encoder = new Encoder(table);

const prompts = [
  ["[CLS]", "find", "similar", "papers", "[SEP]"],
  ["[CLS]", "retrieval", "models", "[SEP]"],
  ["[CLS]", "papers", "on", "retrieval", "[SEP]"],
];
const pooled = prompts.map((p) => encoder.pool(p));
for (let i = 0; i < prompts.length; i++) {
  for (let j = i + 1; j < prompts.length; j++) {
    console.log(`sim(${i}, ${j}) = ${cosine(pooled[i], pooled[j]).toFixed(4)}`);
  }
}

// The special tokens occupy the first three rows of the table; a prompt made only of
// special tokens is embedded straight from those rows and shifted by its positions.
const specials = table.slice(":3");
const specialPositions = encoder.pe.slice(":3").copy();
specials.iadd(specialPositions); // expect: no-view-mutation
console.log("special-token block:", (specials.sum() / 3).toFixed(4));

// Pooling the same prompt again should give the same vector as before.
const again = encoder.pool(prompts[0]);
console.log("repeatable pooling:", cosine(again, pooled[0]).toFixed(6));
console.log("embedding of [CLS]:", (table.slice(0).tolist() as number[]).map((v) => v.toFixed(3)).join(" "));

// A private copy of the positional table, rescaled for a shorter model, is only used here.
const shortPe = encoder.pe.slice(":4").copy();
shortPe.imul(0.25);
console.log("short positional table norm:", Math.sqrt(shortPe.mul(shortPe).sum()).toFixed(4));
