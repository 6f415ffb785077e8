// Scaled dot-product self-attention over a short sequence: score matrix, causal mask, row softmax, value mixing and a diagnostics report.
import { array, zeros, NDArray } from "ndalias";

function dotScores(q: NDArray, k: NDArray): NDArray {
  const n = q.shape[0];
  const m = k.shape[0];
  const scale = 1 / Math.sqrt(q.shape[1]);
  const scores = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      scores.set([i, j], q.slice(i).mul(k.slice(j)).sum() * scale);
    }
  }
  return scores;
}

function softmaxRows(s: NDArray): NDArray {
  const p = s.copy();
  for (let i = 0; i < p.shape[0]; i++) {
    const mx = p.slice(i).max();
    for (let j = 0; j < p.shape[1]; j++) {
      p.set([i, j], Math.exp(p.get(i, j) - mx));
    }
    p.slice(i).idiv(p.slice(i).sum());
  }
  return p;
}

function mixValues(weights: NDArray, v: NDArray): NDArray {
  const out = zeros([weights.shape[0], v.shape[1]]);
  for (let i = 0; i < weights.shape[0]; i++) {
    for (let d = 0; d < v.shape[1]; d++) {
      out.set([i, d], weights.slice(i).mul(v.slice(":", d)).sum());
    }
  }
  return out;
}

function rowEntropy(p: NDArray): number[] {
  const result: number[] = [];
  for (let i = 0; i < p.shape[0]; i++) {
    let h = 0;
    for (let j = 0; j < p.shape[1]; j++) {
      const x = p.get(i, j);
      if (x > 0) h -= x * Math.log(x);
    }
    result.push(h);
  }
  return result;
}

function describe(label: string, m: NDArray): void {
  const rows = m.tolist() as number[][];
  console.log(label);
  for (const r of rows) {
    console.log("  " + r.map((x) => (x < -1e8 ? "  -inf" : x.toFixed(3).padStart(6))).join(" "));
  }
}

const tokens = ["<s>", "retrieval", "augmented", "generation"];
const hidden = array([
  [0.1, 0.3, -0.2, 0.5],
  [0.7, -0.1, 0.4, 0.2],
  [-0.3, 0.8, 0.1, -0.4],
  [0.2, 0.2, 0.6, 0.1],
]);
const wq = array([1.0, 0.5, -0.5, 1.5]);
const wk = array([0.8, 1.2, 0.3, -0.6]);

// Projections are elementwise here: each produces fresh memory.
const q = hidden.mul(wq);
const k = hidden.mul(wk);
const v = hidden.copy();

// The last query row is what an incremental decoder would reuse on the next step.
const lastQuery = q.slice(tokens.length - 1);
q.imul(1.25); // expect: no-view-mutation

const scores = dotScores(q, k);
const rawScores = scores; // kept for the diagnostics report
const n = tokens.length;
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    scores.set([i, j], -1e9); // expect: no-alias-mutation
  }
}

const weights = softmaxRows(scores);
const context = mixValues(weights, v);
describe("attention weights:", weights);
describe("context vectors:", context);

const entropy = rowEntropy(weights);
tokens.forEach((t, i) => console.log(`${t.padEnd(11)} entropy ${entropy[i].toFixed(3)}`));

// Diagnostics: the unmasked scores and the cached decoder query.
console.log("largest raw score:", rawScores.max().toFixed(3), "smallest:", rawScores.min().toFixed(3));
describe("raw scores:", rawScores);
console.log("cached last query:", (lastQuery.tolist() as number[]).map((x) => x.toFixed(3)).join(", "));

// A second head uses its own score matrix; nothing else refers to it.
const head2 = dotScores(k, q);
for (let i = 0; i < n; i++) {
  head2.set([i, i], head2.get(i, i) * 0.5);
}
describe("head 2 weights:", softmaxRows(head2));
