// One transformer-style encoder block over token hidden states: layer norm, a residual feed-forward update, and mean pooling into a sentence embedding.
import { array, zeros, NDArray } from "ndalias";

const EPS = 1e-5;

function layerNormInPlace(h: NDArray): void {
  for (let t = 0; t < h.shape[0]; t++) {
    const mu = h.slice(t).mean();
    h.slice(t).isub(mu);
    const variance = h.slice(t).mul(h.slice(t)).mean();
    h.slice(t).idiv(Math.sqrt(variance + EPS));
  }
}

function tokenNorm(x: NDArray): NDArray {
  const mu = x.mean();
  x.isub(mu); // expect: no-alias-mutation
  const variance = x.mul(x).mean();
  return x.div(Math.sqrt(variance + EPS));
}

function feedForward(h: NDArray, w1: NDArray, w2: NDArray): NDArray {
  const hiddenDim = w1.shape[1];
  const out = zeros(h.shape);
  for (let t = 0; t < h.shape[0]; t++) {
    const inner = zeros(hiddenDim);
    for (let j = 0; j < hiddenDim; j++) {
      inner.set(j, Math.max(0, h.slice(t).mul(w1.slice(":", j)).sum()));
    }
    for (let d = 0; d < h.shape[1]; d++) {
      out.set([t, d], inner.mul(w2.slice(":", d)).sum());
    }
  }
  return out;
}

function meanPool(h: NDArray, mask: number[]): NDArray {
  const pooled = zeros(h.shape[1]);
  let count = 0;
  mask.forEach((m, t) => {
    if (m) {
      pooled.iadd(h.slice(t));
      count++;
    }
  });
  pooled.idiv(Math.max(count, 1));
  return pooled;
}

const tokens = ["[CLS]", "vector", "search", "at", "scale", "[PAD]"];
const mask = [1, 1, 1, 1, 1, 0];
const hidden = array([
  [0.5, -0.2, 0.1, 0.9],
  [1.2, 0.4, -0.6, 0.3],
  [0.8, 0.9, 0.2, -0.4],
  [-0.3, 0.1, 0.5, 0.2],
  [0.6, -0.8, 0.7, 0.1],
  [0.0, 0.0, 0.0, 0.0],
]);
const w1 = array([
  [0.3, -0.5, 0.8],
  [0.7, 0.2, -0.1],
  [-0.4, 0.6, 0.5],
  [0.1, 0.9, -0.3],
]);
const w2 = array([
  [0.5, -0.2, 0.3, 0.1],
  [-0.1, 0.4, 0.2, 0.6],
  [0.3, 0.1, -0.5, 0.2],
]);

// Pre-norm block: normalise a working copy, run the feed-forward, add the residual.
const normed = hidden.copy();
layerNormInPlace(normed);
const ff = feedForward(normed, w1, w2);
const block = hidden.add(ff);
layerNormInPlace(block);
tokens.forEach((tok, t) => {
  console.log(tok.padEnd(7), (block.slice(t).tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
});

// Sentence embedding from the block output: a standardised version for the probe classifier,
// and a unit-length version prepared for the vector index.
const sentence = meanPool(block, mask);
const standardized = tokenNorm(sentence);
console.log("standardised:", (standardized.tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
const unitSentence = sentence.copy();
unitSentence.idiv(Math.sqrt(sentence.mul(sentence).sum())); // expect: no-lost-write
console.log("sentence embedding:", (sentence.tolist() as number[]).map((x) => x.toFixed(4)).join(" "));
console.log("stored for the index:", (sentence.tolist() as number[]).map((x) => x.toFixed(4)).join(" "));

// The raw hidden states feed the next layer unchanged.
const residualNorm = Math.sqrt(hidden.mul(hidden).sum());
console.log("input hidden-state norm:", residualNorm.toFixed(4));
const padRow = hidden.slice(5).copy();
padRow.fill(-1);
console.log("pad sentinel row:", padRow.tolist(), "mask sum:", mask.reduce((a, b) => a + b, 0));
