// Collects centred embedding rows into a list through append helpers while reusing one scratch row, then stacks and compares them.
import { array, zeros, NDArray } from "ndalias";

function appendCopy(rows: NDArray[], row: NDArray): void {
  rows.push(row.copy());
}

function appendScaled(rows: NDArray[], row: NDArray, k: number): void {
  rows.push(row.mul(k));
}

function appendNormalized(rows: NDArray[], row: NDArray): number {
  const norm = Math.sqrt(row.mul(row).sum());
  const unit = row.div(norm || 1);
  rows.push(unit);
  return norm;
}

function stack(rows: NDArray[]): NDArray {
  const width = rows[0].size;
  const out = zeros([rows.length, width]);
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < width; j++) {
      out.set([i, j], rows[i].get(j));
    }
  }
  return out;
}

function cosine(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(a.mul(a).sum());
  const nb = Math.sqrt(b.mul(b).sum());
  return a.mul(b).sum() / (na * nb || 1);
}

function nearest(rows: NDArray[], query: NDArray): number {
  let best = 0;
  for (let i = 1; i < rows.length; i++) {
    if (cosine(rows[i], query) > cosine(rows[best], query)) best = i;
  }
  return best;
}

const batches = [
  array([0.9, 0.1, 0.4, 0.6]),
  array([0.2, 0.8, 0.5, 0.5]),
  array([0.7, 0.3, 0.9, 0.1]),
];

const centred: NDArray[] = [];
const scratch = zeros(4);
for (const batch of batches) {
  scratch.assign(":", batch);
  scratch.isub(scratch.mean());
  appendCopy(centred, scratch);
}
appendScaled(centred, scratch, 2);
scratch.fill(0);
console.log("scratch cleared:", scratch.tolist());
console.log("centred rows:", centred.map((r) => r.tolist()));

const units: NDArray[] = [];
const norms = batches.map((b) => appendNormalized(units, b));
console.log("norms:", norms.map((n) => n.toFixed(3)).join(", "));

const table = stack(centred);
table.imul(10);
console.log("stacked x10:", table.tolist());
console.log("first centred row unchanged by stacking:", centred[0].tolist());

let mean = centred[0];
mean = mean.add(centred[1]);
mean.iadd(centred[2]);
mean.idiv(3);
console.log("mean of first three:", mean.tolist(), "row 0:", centred[0].tolist());

const query = array([0.8, 0.2, 0.5, 0.4]);
const hit = nearest(units, query);
console.log("nearest unit row:", hit, units[hit].tolist(), "source batch:", batches[hit].tolist());

const [first, second] = units;
const blend = first.add(second);
blend.imul(0.5);
console.log("blend of first two units:", blend.tolist(), "cosine to query:", cosine(blend, query).toFixed(3));
