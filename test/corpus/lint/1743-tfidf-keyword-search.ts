// Builds a TF-IDF matrix for a handful of support tickets, answers keyword queries by cosine similarity and lists each ticket's top terms.
import { zeros, NDArray } from "ndalias";

const tickets = [
  "printer offline after driver update",
  "driver update failed on laptop",
  "laptop battery drains fast",
  "printer paper jam again",
  "battery replacement request laptop",
];

function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter((t) => t.length > 2);
}

const vocab = [...new Set(tickets.flatMap(tokenize))].sort();
const termIndex = new Map(vocab.map((t, i) => [t, i] as const));

function countMatrix(docs: string[]): NDArray {
  const counts = zeros([docs.length, vocab.length]);
  docs.forEach((d, i) => {
    for (const tok of tokenize(d)) {
      const j = termIndex.get(tok);
      if (j !== undefined) counts.set([i, j], counts.get(i, j) + 1);
    }
  });
  return counts;
}

function documentFrequency(counts: NDArray): NDArray {
  const df = zeros(counts.shape[1]);
  for (let j = 0; j < counts.shape[1]; j++) {
    let n = 0;
    for (let i = 0; i < counts.shape[0]; i++) if (counts.get(i, j) > 0) n++;
    df.set(j, n);
  }
  return df;
}

function queryVector(text: string, idf: NDArray): NDArray {
  const q = zeros(vocab.length);
  for (const tok of tokenize(text)) {
    const j = termIndex.get(tok);
    if (j !== undefined) q.set(j, q.get(j) + idf.get(j));
  }
  const norm = Math.sqrt(q.mul(q).sum());
  if (norm > 0) q.idiv(norm);
  return q;
}

const counts = countMatrix(tickets);

// Report the raw corpus size, then switch the counts to sublinear term frequency in place.
const rawCounts = counts;
console.log(`corpus: ${tickets.length} tickets, ${vocab.length} terms, ${rawCounts.sum()} tokens`);
for (let i = 0; i < counts.shape[0]; i++) {
  for (let j = 0; j < counts.shape[1]; j++) {
    const c = counts.get(i, j);
    if (c > 0) counts.set([i, j], 1 + Math.log(c));
  }
}

// Smoothed inverse document frequency.
const df = documentFrequency(counts);
df.iadd(1);
const idf = zeros(vocab.length);
for (let j = 0; j < vocab.length; j++) idf.set(j, Math.log((tickets.length + 1) / df.get(j)) + 1);

// Title terms get a boost; the boosted weights are a separate array from idf.
let weights: NDArray = idf;
weights = weights.mul(1.0);
weights.set(termIndex.get("printer") ?? 0, weights.get(termIndex.get("printer") ?? 0) * 1.5);

const tfidf = counts.mul(weights);
for (let i = 0; i < tfidf.shape[0]; i++) {
  const norm = Math.sqrt(tfidf.slice(i).mul(tfidf.slice(i)).sum());
  if (norm > 0) tfidf.slice(i).idiv(norm);
}
const firstTicket = tfidf.slice(0);
console.log("first ticket weight mass:", firstTicket.sum().toFixed(3));

function search(text: string, k: number): Array<[number, number]> {
  const q = queryVector(text, idf);
  const sims: Array<[number, number]> = [];
  for (let i = 0; i < tfidf.shape[0]; i++) sims.push([i, tfidf.slice(i).mul(q).sum()]);
  return sims.sort((a, b) => b[1] - a[1]).slice(0, k);
}

for (const query of ["printer driver", "laptop battery"]) {
  const hits = search(query, 2).map(([i, s]) => `#${i} (${s.toFixed(3)})`);
  console.log(`"${query}" ->`, hits.join(", "));
}

// Top terms per ticket from a sorted copy of its row.
for (let i = 0; i < tfidf.shape[0]; i++) {
  const row = tfidf.slice(i);
  const sorted = row.copy();
  sorted.sort();
  const cutoff = sorted.get(sorted.size - 2);
  const top = vocab.filter((_, j) => row.get(j) >= cutoff && row.get(j) > 0);
  console.log(`ticket ${i}:`, top.join(", "));
}
console.log("idf range:", idf.min().toFixed(3), "-", idf.max().toFixed(3), "boosted max:", weights.max().toFixed(3));
