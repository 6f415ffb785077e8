// Weights and summarises the rows of a ratings matrix through row-visitor helpers that hand each row view to a callback.
import { array, zeros, NDArray } from "ndalias";

function eachRow(m: NDArray, visit: (row: NDArray, i: number) => void): void {
  for (let i = 0; i < m.shape[0]; i++) {
    visit(m.slice(i), i);
  }
}

function mapRows<T>(m: NDArray, f: (row: NDArray, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < m.shape[0]; i++) {
    out.push(f(m.slice(i), i));
  }
  return out;
}

function printMatrix(label: string, m: NDArray): void {
  console.log(label);
  eachRow(m, (row, i) => console.log(`  ${i}:`, row.tolist()));
}

function rowSpreads(m: NDArray): number[] {
  return mapRows(m, (row) => {
    const sorted = row.copy();
    sorted.sort();
    return sorted.get(sorted.size - 1) - sorted.get(0);
  });
}

function argMax(values: number[]): number {
  return values.reduce((best, v, i) => (v > values[best] ? i : best), 0);
}

const ratings = array([
  [4, 5, 3, 0],
  [2, 0, 5, 4],
  [5, 5, 1, 2],
]);
const userWeights = array([1.0, 0.5, 2.0]);

const rawMeans = mapRows(ratings, (row) => row.mean());
const rawSpreads = rowSpreads(ratings);
console.log("raw means:", rawMeans, "raw spreads:", rawSpreads);
console.log("most generous user before weighting:", argMax(rawMeans));

// Column 3 holds "not rated yet" placeholders: clear it before weighting.
ratings.slice(":", 3).fill(0);

eachRow(ratings, (row, i) => row.imul(userWeights.get(i)));
eachRow(ratings, (row) => {
  for (let j = 0; j < row.size; j++) {
    if (row.get(j) > 8) row.set(j, 8);
  }
});
printMatrix("weighted ratings", ratings);

const weightedMeans = mapRows(ratings, (row) => row.mean());
const columnTotals = mapRows(ratings.T, (col) => col.sum());
console.log("weighted means:", weightedMeans, "column totals:", columnTotals);
console.log("most generous user after weighting:", argMax(weightedMeans));

const normalized = ratings.copy();
normalized.idiv(Math.max(normalized.max(), 1));
printMatrix("normalized", normalized);

const favourites = ratings.take([0, 2]);
favourites.imul(10);
console.log("favourites x10:", favourites.tolist());

const scratchRows = [zeros(4), zeros(4), zeros(4)];
scratchRows.forEach((buf, k) => buf.fill(k + 1));
const scratchTotal = scratchRows.reduce((acc, buf) => acc + buf.sum(), 0);
console.log("scratch total:", scratchTotal);

const itemPopularity = mapRows(ratings.T, (col, j) => ({ item: j, score: col.mean() }));
itemPopularity.sort((a, b) => b.score - a.score);
console.log(
  "items by popularity:",
  itemPopularity.map((p) => `${p.item}:${p.score.toFixed(2)}`).join(" "),
);
console.log("spreads after weighting:", rowSpreads(ratings));
