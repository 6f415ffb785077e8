// Caches sorted feature columns for quantile queries, computes medians, and centres rows of a feature table for a linear model.
import { array, zeros, NDArray } from "ndalias";

const SORTED_CACHE = new Map<string, NDArray>();
let cacheMisses = 0;

function sortedColumn(table: NDArray, col: number, key: string): NDArray {
  let sorted = SORTED_CACHE.get(key);
  if (sorted === undefined) {
    sorted = table.slice(":", col).copy();
    sorted.sort();
    SORTED_CACHE.set(key, sorted);
    cacheMisses++;
  }
  return sorted;
}

function quantile(sorted: NDArray, q: number): number {
  const pos = q * (sorted.size - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.size - 1, lo + 1);
  const frac = pos - lo;
  return sorted.get(lo) * (1 - frac) + sorted.get(hi) * frac;
}

function columnMedian(table: NDArray, col: number): number {
  const values = table.slice(":", col).copy();
  values.copy().sort(); // expect: no-lost-write
  return values.get(Math.floor(values.size / 2));
}

function columnMedianCached(table: NDArray, col: number, name: string): number {
  return quantile(sortedColumn(table, col, `${name}:${col}`), 0.5);
}

function columnMeans(table: NDArray): NDArray {
  const cols = table.shape[1];
  const means = zeros(cols);
  for (let j = 0; j < cols; j++) {
    means.set(j, table.slice(":", j).mean());
  }
  return means;
}

// Returns the row centred on the column means, ready for the model.
function centredRow(row: NDArray, means: NDArray): NDArray {
  row.isub(means); // expect: no-alias-mutation
  return row;
}

function centredRowCopy(row: NDArray, means: NDArray): NDArray {
  const out = row.copy();
  out.isub(means);
  return out;
}

function predict(weights: NDArray, features: NDArray, bias: number): number {
  return weights.mul(features).sum() + bias;
}

const features = array([
  [5.1, 3.5, 1.4],
  [4.9, 3.0, 1.4],
  [6.2, 2.9, 4.3],
  [5.9, 3.0, 5.1],
  [6.7, 3.1, 4.4],
]);
const weights = array([0.4, -0.2, 0.7]);

const means = columnMeans(features);
console.log("column means:", means.tolist());

for (let j = 0; j < 3; j++) {
  const iqr = quantile(sortedColumn(features, j, `iris:${j}`), 0.75) - quantile(sortedColumn(features, j, `iris:${j}`), 0.25);
  console.log(`column ${j}: median ${columnMedianCached(features, j, "iris")} iqr ${iqr.toFixed(3)}`);
}
console.log("uncached median of column 2:", columnMedian(features, 2));

const safeRow = centredRowCopy(features.slice(0), means);
console.log("score (copy):", predict(weights, safeRow, 0.1).toFixed(4));

const firstRow = centredRow(features.slice(1), means);
console.log("score:", predict(weights, firstRow, 0.1).toFixed(4));

console.log("table after scoring:", features.tolist());
console.log("cache misses:", cacheMisses, "means again:", columnMeans(features).tolist());
