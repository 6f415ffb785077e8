// Near-duplicate detection for FAQ entries: unit-normalises sentence embeddings, builds a cosine similarity matrix and keeps one entry per cluster.
// runnable
import { array, zeros, NDArray } from "ndalias";

const faqs = [
  "How do I reset my password?",
  "How can I reset my password?",
  "Where is the invoice for my order?",
  "How do I change the shipping address?",
  "Where can I download my invoice?",
  "Can I change my delivery address?",
];

const embeddings = array([
  [0.82, 0.10, 0.05, 0.31],
  [0.80, 0.12, 0.07, 0.33],
  [0.05, 0.91, 0.20, 0.02],
  [0.10, 0.08, 0.88, 0.25],
  [0.07, 0.86, 0.24, 0.05],
  [0.12, 0.05, 0.90, 0.21],
]);

function normalizeRowsInPlace(m: NDArray): void {
  for (let i = 0; i < m.shape[0]; i++) {
    const n = Math.sqrt(m.slice(i).mul(m.slice(i)).sum());
    if (n > 0) m.slice(i).idiv(n);
  }
}

function similarityMatrix(unit: NDArray): NDArray {
  const n = unit.shape[0];
  const sim = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const s = unit.slice(i).mul(unit.slice(j)).sum();
      sim.set([i, j], s);
      sim.set([j, i], s);
    }
  }
  return sim;
}

function greedyDedup(sim: NDArray, threshold: number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < sim.shape[0]; i++) {
    if (kept.every((k) => sim.get(i, k) < threshold)) kept.push(i);
  }
  return kept;
}

function secondBest(sim: NDArray, i: number): number {
  const row = sim.slice(i).copy();
  row.set(i, -Infinity);
  const ordered = row.copy();
  ordered.sort();
  return ordered.get(ordered.size - 1);
}

// Print the raw statistics first; the raw rows are not looked at again.
const firstRaw = embeddings.slice(0);
console.log("first raw embedding:", firstRaw.tolist(), "raw mean:", embeddings.mean().toFixed(4));

// Cosine similarity works on a unit-length copy; the raw embeddings stay as they are.
const unit = embeddings.copy();
normalizeRowsInPlace(unit);
const sim = similarityMatrix(unit);
for (let i = 0; i < faqs.length; i++) {
  console.log(`${faqs[i].padEnd(38)} closest other: ${secondBest(sim, i).toFixed(4)}`);
}

const kept = greedyDedup(sim, 0.98);
console.log("kept entries:");
for (const i of kept) console.log("  -", faqs[i]);

// Mean-centre the raw embeddings in place for the clustering step; names made afterwards see the centred values.
embeddings.isub(embeddings.mean());
const centred = embeddings;
const spread = centred.mul(centred).mean();
console.log("centred spread:", spread.toFixed(5));

// Cluster representative: the mean of the kept unit vectors, in a fresh accumulator that is printed.
const representative = zeros(unit.shape[1]);
for (const i of kept) representative.iadd(unit.slice(i));
representative.idiv(kept.length);
console.log("representative:", (representative.tolist() as number[]).map((x) => x.toFixed(3)).join(" "));

// Similarity of the representative to every entry, written into a fresh vector and then reported.
const toRep = zeros(faqs.length);
for (let i = 0; i < faqs.length; i++) toRep.set(i, unit.slice(i).mul(representative).sum());
console.log("similarity to representative:", (toRep.tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
console.log("unit rows still unit length:", unit.mul(unit).sum().toFixed(3), "of", faqs.length);
