// Hybrid retrieval: fuses lexical and cross-encoder scores for several queries, applies a freshness boost and logs the best fused score.
import { array, zeros, NDArray } from "ndalias";

const DOC_TITLES = ["intro to bm25", "dense passage retrieval", "colbert late interaction", "learning to rank", "query expansion"];
const QUERY_LOG = zeros(6);
let logSlot = 0;

function minMaxInPlace(v: NDArray): void {
  const lo = v.min();
  const span = v.max() - lo;
  v.isub(lo);
  if (span > 0) v.idiv(span);
}

function ranksOf(scores: NDArray): NDArray {
  const order = Array.from({ length: scores.size }, (_, i) => i).sort((a, b) => scores.get(b) - scores.get(a));
  const r = zeros(scores.size);
  order.forEach((doc, rank) => {
    r.set(doc, rank + 1);
  });
  return r;
}

function reciprocalRankFusion(a: NDArray, b: NDArray, k = 60): NDArray {
  const ra = ranksOf(a);
  const rb = ranksOf(b);
  const fused = zeros(a.size);
  for (let i = 0; i < a.size; i++) {
    fused.set(i, 1 / (k + ra.get(i)) + 1 / (k + rb.get(i)));
  }
  return fused;
}

function blend(lexical: NDArray, cross: NDArray, alpha: number): NDArray {
  const a = lexical.copy();
  minMaxInPlace(a);
  const b = cross.copy();
  minMaxInPlace(b);
  const fused = a.mul(alpha).add(b.mul(1 - alpha));
  QUERY_LOG.set(logSlot % QUERY_LOG.size, fused.max());
  logSlot++;
  return fused;
}

function ranking(scores: NDArray): string[] {
  return Array.from({ length: scores.size }, (_, i) => i)
    .sort((x, y) => scores.get(y) - scores.get(x))
    .map((i) => DOC_TITLES[i]);
}

// Lexical (BM25) and cross-encoder scores: one row per query, one column per document.
const lexical = array([
  [7.1, 2.3, 1.9, 3.0, 5.5],
  [1.2, 8.4, 6.9, 2.2, 0.8],
  [2.0, 3.1, 2.8, 7.7, 4.4],
]);
const cross = array([
  [0.91, 0.35, 0.22, 0.40, 0.71],
  [0.15, 0.88, 0.93, 0.30, 0.05],
  [0.30, 0.41, 0.38, 0.84, 0.66],
]);
const freshness = array([0.0, 0.05, 0.1, 0.0, 0.02]);

// Per-document view of the lexical matrix for a quick sanity report (read only).
const byDoc = lexical.T;
DOC_TITLES.forEach((t, d) => console.log(`${t.padEnd(26)} mean bm25 ${byDoc.slice(d).mean().toFixed(2)}`));

for (let q = 0; q < lexical.shape[0]; q++) {
  const fused = blend(lexical.slice(q), cross.slice(q), 0.4);

  let boosted: NDArray = fused;
  boosted = boosted.add(freshness);
  boosted.imul(1 + 0.1 * q);

  // Editorial pinning: the first document always gets a small bonus.
  fused.slice(":1").iadd(0.05);

  const display = fused.copy();
  display.imul(100);
  console.log(`query ${q}: fused`, (display.tolist() as number[]).map((x) => x.toFixed(1)).join(" "));
  console.log(`  blended order: ${ranking(fused).slice(0, 3).join(" > ")}`);
  console.log(`  boosted order: ${ranking(boosted).slice(0, 3).join(" > ")}`);

  const rrf = reciprocalRankFusion(lexical.slice(q), cross.slice(q));
  console.log(`  rrf order:     ${ranking(rrf).slice(0, 3).join(" > ")}`);
}

// Accumulate a running score vector across queries: each step rebinds to a fresh result.
let running = zeros(DOC_TITLES.length);
for (let q = 0; q < cross.shape[0]; q++) {
  running = running.add(cross.slice(q));
  running = running.mul(0.9);
}
running.idiv(running.max());
console.log("popularity:", ranking(running).join(", "));
console.log("logged best fused scores:", (QUERY_LOG.slice(`:${logSlot}`).tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
console.log("lexical total unchanged:", lexical.sum().toFixed(1), "cross total:", cross.sum().toFixed(2));
