// Prepares a padded batch of token scores: zeroes padding, normalises rows, boosts chosen sequences and computes masked means.
import { array, zeros, NDArray } from "ndalias";

function normalizeRowsInPlace(m: NDArray): void {
  for (let i = 0; i < m.shape[0]; i++) {
    const peak = m.slice(i).max();
    if (peak > 0) m.slice(i).idiv(peak);
  }
}

function maskFor(scores: NDArray, lengths: number[]): NDArray {
  const mask = scores.copy();
  mask.fill(0);
  lengths.forEach((len, b) => {
    mask.slice(b, `0:${len}`).fill(1);
  });
  return mask;
}

export function maskedMeans(scores: NDArray, lengths: number[]): NDArray {
  const means = zeros(lengths.length);
  for (let b = 0; b < lengths.length; b++) {
    means.set(b, scores.slice(b, `0:${lengths[b]}`).sum() / lengths[b]);
  }
  return means;
}

export function boosted(scores: NDArray, rows: number[], factor: number): NDArray {
  const chosen = scores.take(rows, 0);
  chosen.imul(factor);
  const others = scores.take(
    [0, 1, 2, 3].filter((r) => !rows.includes(r)),
    0,
  );
  return chosen.add(others.mean());
}

export function argmaxPerRow(scores: NDArray, lengths: number[]): number[] {
  const best: number[] = [];
  for (let b = 0; b < lengths.length; b++) {
    const row = scores.slice(b, `0:${lengths[b]}`).copy();
    row.sort();
    const top = row.get(row.size - 1) as number;
    let at = 0;
    for (let t = 0; t < lengths[b]; t++) if (scores.get(b, t) === top) at = t;
    best.push(at);
  }
  return best;
}

const lengths = [3, 2, 4, 1];
const scores = array([
  [0.9, 0.4, 0.7, 5.0],
  [0.2, 0.8, 3.0, 3.0],
  [0.5, 0.6, 0.1, 0.3],
  [1.2, 9.0, 9.0, 9.0],
]);

// padding positions carry garbage from the tokenizer; clear them in place
for (let b = 0; b < lengths.length; b++) {
  if (lengths[b] < scores.shape[1]) scores.slice(b, `${lengths[b]}:`).fill(0);
}
// the leading summary token gets a slight boost before normalisation
scores.slice(":", 0).imul(1.1);

normalizeRowsInPlace(scores);

const firstRow = scores.slice(0);
const lastColumn = scores.slice(":", -1);
console.log("first sequence:", JSON.stringify(firstRow.tolist()), "last column:", JSON.stringify(lastColumn.tolist()));

const mask = maskFor(scores, lengths);
console.log(`valid tokens: ${mask.sum()} of ${mask.size}`);

const means = maskedMeans(scores, lengths);
console.log("masked means:", JSON.stringify(means.tolist()));

console.log("strongest token per sequence:", argmaxPerRow(scores, lengths).join(", "));

const lifted = boosted(scores, [1, 3], 1.5);
console.log("boosted rows:", JSON.stringify(lifted.tolist()));

const weights = scores.take([0, 2], 0);
weights.isub(weights.mean());
const combined = weights.add(scores.take([1, 3], 0));
console.log("combined:", JSON.stringify(combined.tolist()));

let temperature = scores.copy();
temperature = temperature.mul(2);
temperature.imul(0.5);
console.log("re-tempered max:", temperature.max().toFixed(3), "original max:", scores.max().toFixed(3));
console.log("batch total after preprocessing:", scores.sum().toFixed(3));
