// Screens features of a tabular dataset: orders columns by variance, builds a correlation matrix and drops redundant columns.
import { array, zeros, NDArray } from "ndalias";

function columnVariance(X: NDArray, j: number): number {
  const col = X.slice(":", j);
  const mu = col.mean();
  const d = col.sub(mu);
  return d.mul(d).mean();
}

/** Returns a copy of X with columns ordered by decreasing variance, plus the permutation used. */
function orderByVariance(X: NDArray): { sorted: NDArray; order: number[] } {
  const sorted = X.copy();
  const d = sorted.shape[1];
  const order = Array.from({ length: d }, (_, j) => j);
  for (let k = 0; k < d - 1; k++) {
    let best = k;
    for (let i = k + 1; i < d; i++) {
      if (columnVariance(sorted, i) > columnVariance(sorted, best)) best = i;
    }
    if (best !== k) {
      const colK = sorted.slice(":", k).copy();
      sorted.assign(`:, ${k}`, sorted.slice(":", best).copy());
      sorted.assign(`:, ${best}`, colK);
      [order[k], order[best]] = [order[best], order[k]];
    }
  }
  return { sorted, order };
}

function correlationMatrix(X: NDArray): NDArray {
  const d = X.shape[1];
  const C = zeros([d, d]);
  for (let i = 0; i < d; i++) {
    C.set([i, i], 1);
    const a = X.slice(":", i);
    const da = a.sub(a.mean());
    for (let j = i + 1; j < d; j++) {
      const b = X.slice(":", j);
      const db = b.sub(b.mean());
      const r = da.mul(db).sum() / Math.sqrt(da.mul(da).sum() * db.mul(db).sum());
      C.set([i, j], r);
      C.set([j, i], r);
    }
  }
  return C;
}

function redundantColumns(C: NDArray, threshold: number): Set<number> {
  const drop = new Set<number>();
  const d = C.shape[0];
  for (let i = 0; i < d; i++) {
    if (drop.has(i)) continue;
    for (let j = i + 1; j < d; j++) {
      if (Math.abs(C.get(i, j)) > threshold) drop.add(j);
    }
  }
  return drop;
}

const data = array([
  [1.0, 2.1, 0.5, 10.0, 3.0],
  [2.0, 3.9, 0.4, 12.0, 2.5],
  [3.0, 6.2, 0.6, 9.0, 3.5],
  [4.0, 8.1, 0.5, 14.0, 2.0],
  [5.0, 9.8, 0.7, 11.0, 4.0],
  [6.0, 12.2, 0.4, 13.0, 1.5],
]);
const names = ["age", "age_x2", "ratio", "score", "rank"];

const { sorted, order } = orderByVariance(data);
const C = correlationMatrix(sorted);
const dropped = redundantColumns(C, 0.98);
const keep = order.map((_, k) => k).filter((k) => !dropped.has(k));
const reduced = sorted.take(keep, 1);
console.log("variance order:", order.map((j) => names[j]).join(", "));
console.log("kept:", keep.map((k) => names[order[k]]).join(", "), "shape:", reduced.shape.join("x"));

// running per-feature sums over mini-batches, reset after reporting the share of the two leading features
const accumulator = zeros(reduced.shape[1]);
for (let start = 0; start < reduced.shape[0]; start += 2) {
  const batch = reduced.slice(`${start}:${start + 2}`);
  for (let j = 0; j < batch.shape[1]; j++) {
    accumulator.set(j, accumulator.get(j) + batch.slice(":", j).sum());
  }
}
const leading = accumulator.slice(":2");
console.log("share of the two leading features:", (leading.sum() / accumulator.sum()).toFixed(3));
accumulator.fill(0);
console.log("accumulator after reset:", accumulator.tolist());

const upper = C.slice("0").copy();
upper.imul(100);
console.log("correlation with the highest-variance feature (%):", (upper.tolist() as number[]).map((v) => v.toFixed(0)).join(" "));
console.log("input column order preserved:", data.get(0, 3) === 10);
