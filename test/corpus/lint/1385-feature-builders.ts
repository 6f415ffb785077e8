// Feature-engineering helpers for a tabular dataset; each builder returns a new matrix and leaves its input untouched.
import { array, zeros, ones, NDArray } from "ndalias";

export function withBiasColumn(x: NDArray): NDArray {
  const [n, d] = x.shape;
  const out = ones([n, d + 1]);
  out.slice(":", "1:").assign(":", x);
  return out;
}

export function standardized(x: NDArray): NDArray {
  const out = x.copy();
  const d = x.shape[1];
  for (let j = 0; j < d; j++) {
    const column = x.slice(":", j);
    const mu = column.mean();
    const sd = Math.sqrt(column.sub(mu).mul(column.sub(mu)).mean()) || 1;
    out.slice(":", j).isub(mu);
    out.slice(":", j).idiv(sd);
  }
  return out;
}

export function clippedQuantiles(x: NDArray, q: number): NDArray {
  const sorted = x.flatten();
  sorted.sort();
  const lo = sorted.get(Math.floor(q * (sorted.size - 1)));
  const hi = sorted.get(Math.ceil((1 - q) * (sorted.size - 1)));
  const out = x.astype("float64");
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = Math.min(hi, Math.max(lo, v));
  }
  return out;
}

export function oneHot(labels: NDArray, classes: number): NDArray {
  const out = zeros([labels.size, classes], "uint8");
  for (let i = 0; i < labels.size; i++) {
    out.set([i, labels.get(i)], 1);
  }
  return out;
}

export function selectedRows(x: NDArray, rows: number[], weight: number): NDArray {
  const picked = x.take(rows, 0);
  picked.imul(weight);
  return picked;
}

export function ranks(v: NDArray): NDArray {
  const values = v.tolist() as number[];
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const out = v.astype("int32");
  order.forEach((idx, rank) => {
    out.set(idx, rank);
  });
  return out;
}

export function pairwiseProducts(x: NDArray): NDArray {
  const [n, d] = x.shape;
  const out = zeros([n, (d * (d - 1)) / 2]);
  let k = 0;
  for (let a = 0; a < d; a++) {
    for (let b = a + 1; b < d; b++) {
      out.slice(":", k).assign(":", x.slice(":", a).mul(x.slice(":", b)));
      k++;
    }
  }
  return out;
}

export function asGrid(x: NDArray, cols: number): NDArray {
  const grid = x.flatten().reshape(x.size / cols, cols);
  grid.slice(":", 0).fill(0);
  return grid;
}

const raw = array([
  [5.1, 3.5, 1.4],
  [4.9, 3.0, 1.4],
  [6.2, 2.9, 4.3],
  [5.9, 3.0, 5.1],
  [9.9, 0.1, 2.0],
]);
const labels = array([0, 0, 1, 2, 1], "int32");

const features = withBiasColumn(standardized(clippedQuantiles(raw, 0.2)));
const targets = oneHot(labels, 3);
const emphasised = selectedRows(raw, [2, 3], 2);
const interactions = pairwiseProducts(raw);

const trainMask = zeros(raw.shape[0], "bool");
const testMask = zeros(raw.shape[0], "bool");
trainMask.slice(":3").fill(true);
testMask.slice("3:").fill(true);

console.log("features:", features.shape, "first row:", features.slice(0).tolist());
console.log("targets:", targets.tolist());
console.log("emphasised rows:", emphasised.tolist());
console.log("interaction means:", interactions.mean().toFixed(3), "ranks of column 0:", ranks(raw.slice(":", 0)).tolist());
console.log("grid:", asGrid(raw, 5).tolist());
console.log("train/test masks:", trainMask.tolist(), testMask.tolist());
console.log("raw untouched:", raw.tolist());
