// Builds a token embedding table, normalises the query token's row for a cosine lookup and ranks the vocabulary against it.
// runnable
import { zeros, NDArray } from "ndalias";

const VOCAB = ["<pad>", "the", "cat", "sat", "on", "mat", "dog", "ran"];
const PAD = 0;
const DIM = 4;

function buildTable(seed: number): NDArray {
  const table = zeros([VOCAB.length, DIM]);
  for (let i = 0; i < VOCAB.length; i++) {
    for (let d = 0; d < DIM; d++) {
      table.set([i, d], Math.sin(seed * (i + 1) * (d + 2)) * 3);
    }
  }
  return table;
}

function l2norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function tokenId(word: string): number {
  const id = VOCAB.indexOf(word);
  if (id < 0) {
    throw new Error(`unknown token "${word}"`);
  }
  return id;
}

function cosineRanking(table: NDArray, query: NDArray, skip: number): Array<[string, number]> {
  const qn = l2norm(query);
  const out: Array<[string, number]> = [];
  for (let i = 0; i < VOCAB.length; i++) {
    if (i === PAD || i === skip) continue;
    const row = table.slice(i);
    const rn = l2norm(row);
    if (rn === 0 || qn === 0) continue;
    out.push([VOCAB[i], row.mul(query).sum() / (rn * qn)]);
  }
  out.sort((a, b) => b[1] - a[1]);
  return out;
}

function formatRanking(ranking: Array<[string, number]>, k: number): string {
  return ranking
    .slice(0, k)
    .map(([w, s]) => `${w}:${s.toFixed(3)}`)
    .join("  ");
}

function meanRowNorm(table: NDArray): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < table.shape[0]; i++) {
    if (i === PAD) continue;
    total += l2norm(table.slice(i));
    count++;
  }
  return total / count;
}

// The padding token must never contribute to similarity: zero its row once.
const table = buildTable(0.7);
table.slice(PAD).fill(0);
console.log("mean row norm:", meanRowNorm(table).toFixed(4));

// Nearest neighbours of "dog", computed on a private unit-length copy of its row.
const dogId = tokenId("dog");
const dogQuery = table.slice(dogId).copy();
dogQuery.idiv(l2norm(dogQuery));
console.log("neighbours of dog:", formatRanking(cosineRanking(table, dogQuery, dogId), 3));

// Nearest neighbours of "cat": the query is normalised to unit length first.
const catId = tokenId("cat");
const catQuery = table.slice(catId);
const catNorm = l2norm(catQuery);
catQuery.idiv(catNorm); // expect: no-view-mutation
console.log("neighbours of cat:", formatRanking(cosineRanking(table, catQuery, catId), 3));

// Later the same table feeds the downstream classifier, which expects the trained rows.
const stored = table.slice(catId).tolist() as number[];
console.log("stored embedding of cat:", stored.map((x) => x.toFixed(3)).join(", "));
console.log("mean row norm after lookups:", meanRowNorm(table).toFixed(4));

// A sentence vector by mean pooling: a fresh accumulator, written and then read.
const sentence = ["the", "cat", "sat", "on", "the", "mat"];
const pooled = zeros(DIM);
for (const w of sentence) {
  pooled.iadd(table.slice(tokenId(w)));
}
pooled.idiv(sentence.length);
console.log("sentence vector:", (pooled.tolist() as number[]).map((x) => x.toFixed(3)).join(", "));
console.log("sentence neighbours:", formatRanking(cosineRanking(table, pooled, -1), 2));
