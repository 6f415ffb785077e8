// Counts word co-occurrences in a toy corpus, turns rows into conditional probabilities and prints column profiles and the top share per column.
// runnable
import { zeros, NDArray } from "ndalias";

const VOCAB = ["data", "model", "train", "loss", "test"];
const DOCS = [
  "data model train",
  "model train loss",
  "train loss loss",
  "data test",
  "model test data",
  "loss train model data",
];

function topShare(m: NDArray, col: number): number {
  const total = m.slice(":", col).sum();
  if (total === 0) {
    return 0;
  }
  const column = m.slice(":", col);
  column.sort(); // expect: no-view-mutation
  return column.get(column.size - 1) / total;
}

function countPairs(docs: string[], window: number): NDArray {
  const n = VOCAB.length;
  let counts = zeros([n, n]);
  for (const doc of docs) {
    const ids = doc
      .split(" ")
      .map((w) => VOCAB.indexOf(w))
      .filter((i) => i >= 0);
    if (ids.length < 2) {
      continue;
    }
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < Math.min(ids.length, a + 1 + window); b++) {
        counts.set([ids[a], ids[b]], counts.get(ids[a], ids[b]) + 1);
        counts.set([ids[b], ids[a]], counts.get(ids[b], ids[a]) + 1);
      }
    }
  }
  if (counts.sum() === 0) {
    counts = zeros([n, n]);
  }
  return counts;
}

function conditionalProfiles(counts: NDArray): { rows: NDArray; columnTotals: number[]; empty: number[] } {
  const n = counts.shape[0];
  const probs = counts.copy();
  const byColumn = probs.T;
  const columnTotals: number[] = [];
  for (let j = 0; j < n; j++) {
    columnTotals.push(byColumn.slice(j).sum());
  }

  const empty: number[] = [];
  for (let i = 0; i < n; i++) {
    const rowSum = probs.slice(i).sum();
    if (rowSum === 0) {
      empty.push(i);
      continue;
    }
    probs.slice(i).idiv(rowSum); // expect: no-view-mutation
  }

  for (let j = 0; j < n; j++) {
    const cells: string[] = [];
    for (let i = 0; i < n; i++) {
      cells.push(byColumn.get(j, i).toFixed(2));
    }
    console.log(`column ${VOCAB[j].padEnd(6)}`, cells.join(" "));
  }
  return { rows: probs, columnTotals, empty };
}

const counts = countPairs(DOCS, 2);
const raw = counts.copy();
const { rows, columnTotals, empty } = conditionalProfiles(counts);
console.log("column totals:", columnTotals, "rows without pairs:", empty);

const shares: string[] = [];
for (let j = 0; j < VOCAB.length; j++) {
  shares.push(`${VOCAB[j]}=${topShare(rows, j).toFixed(2)}`);
}
console.log("top share per column:", shares.join(" "));
console.log("row-normalised matrix:", rows.tolist());
console.log("raw counts unchanged:", raw.sum() === counts.sum());
