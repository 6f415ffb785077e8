// Brute-force dense retrieval: scores a query against document embeddings, picks a top-k threshold from a sorted copy and reports hits.
import { array, zeros, NDArray } from "ndalias";

interface Hit {
  doc: string;
  score: number;
}

const DOCS = [
  "how to reset a password",
  "password policy for admins",
  "install the vpn client",
  "vpn connection drops",
  "quarterly sales report",
  "reset two factor authentication",
];

const docEmbeddings = array([
  [0.9, 0.1, 0.0, 0.2],
  [0.7, 0.3, 0.1, 0.0],
  [0.1, 0.9, 0.2, 0.1],
  [0.0, 0.8, 0.4, 0.1],
  [0.1, 0.0, 0.1, 0.9],
  [0.8, 0.2, 0.3, 0.1],
]);

function scoreAll(docs: NDArray, query: NDArray): NDArray {
  const scores = zeros(docs.shape[0]);
  for (let i = 0; i < docs.shape[0]; i++) {
    scores.set(i, docs.slice(i).mul(query).sum());
  }
  return scores;
}

function kthLargest(scores: NDArray, k: number): number {
  const ranked = scores.copy();
  ranked.sort();
  return ranked.get(ranked.size - Math.min(k, ranked.size));
}

function medianScore(scores: NDArray): number {
  const ordered = scores;
  ordered.sort(); // expect: no-alias-mutation
  return ordered.get(Math.floor(ordered.size / 2));
}

function topK(scores: NDArray, k: number): Hit[] {
  const threshold = kthLargest(scores, k);
  const hits: Hit[] = [];
  for (let i = 0; i < scores.size; i++) {
    const s = scores.get(i);
    if (s >= threshold) hits.push({ doc: DOCS[i], score: s });
  }
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, k);
}

function excludeSeen(scores: NDArray, seen: number[]): NDArray {
  if (seen.length > 0) {
    scores.take(seen).fill(-Infinity); // expect: no-lost-write
  }
  return scores;
}

function embedQuery(terms: Record<string, number>): NDArray {
  const axes = ["account", "network", "security", "finance"];
  const q = zeros(axes.length);
  axes.forEach((a, i) => {
    q.set(i, terms[a] ?? 0);
  });
  const norm = Math.sqrt(q.mul(q).sum());
  return norm > 0 ? q.div(norm) : q;
}

function printHits(title: string, hits: Hit[]): void {
  console.log(title);
  for (const h of hits) {
    console.log(`  ${h.score.toFixed(3)}  ${h.doc}`);
  }
}

// First query: account problems.
const q1 = embedQuery({ account: 1, security: 0.4 });
const scores1 = scoreAll(docEmbeddings, q1);
printHits("account query:", topK(scores1, 3));
console.log("median relevance:", medianScore(scores1).toFixed(3));

// The caller then pages through the remaining hits, skipping those already shown.
const shown = topK(scores1, 3).map((h) => DOCS.indexOf(h.doc));
const remaining = excludeSeen(scores1, shown);
printHits("next page:", topK(remaining, 2));

// Second query: network problems, with an independent score vector.
const q2 = embedQuery({ network: 1, account: 0.1 });
const scores2 = scoreAll(docEmbeddings, q2);
const sortedCopy = scores2.copy();
sortedCopy.sort();
console.log("score range:", sortedCopy.get(0).toFixed(3), "to", sortedCopy.get(sortedCopy.size - 1).toFixed(3));
printHits("network query:", topK(scores2, 2));

// Document norms, computed on a fresh vector that is read right away.
const norms = docEmbeddings.mul(docEmbeddings).sum();
const perDoc = zeros(DOCS.length);
for (let i = 0; i < DOCS.length; i++) {
  perDoc.set(i, Math.sqrt(docEmbeddings.slice(i).mul(docEmbeddings.slice(i)).sum()));
}
console.log("total squared norm:", norms.toFixed(3), "largest doc norm:", perDoc.max().toFixed(3));
