// Feature preprocessing built from curried helpers: scalers return fresh arrays, in-place clippers are void and applied per row.
import { array, zeros, NDArray } from "ndalias";

type Transform = (v: NDArray) => NDArray;
type InPlace = (v: NDArray) => void;

const scale = (k: number): Transform => (v) => v.mul(k);

const center = (mu: number): Transform => (v) => v.sub(mu);

const compose = (...fns: Transform[]): Transform => (v) => fns.reduce((acc, f) => f(acc), v);

const clipInto = (lo: number, hi: number): InPlace => (v) => {
  for (let i = 0; i < v.size; i++) {
    const x = v.data[i] as number;
    v.data[i] = Math.min(hi, Math.max(lo, x));
  }
};

const zeroNegatives: InPlace = (v) => {
  for (let i = 0; i < v.size; i++) {
    if ((v.data[i] as number) < 0) v.data[i] = 0;
  }
};

/** Returns a rescaled copy; the caller's array is left alone. */
function minMax(v: NDArray): NDArray {
  const lo = v.min();
  const span = v.max() - lo || 1;
  const out = v.sub(lo);
  out.idiv(span);
  return out;
}

function rowsOf(table: NDArray): NDArray[] {
  const rows: NDArray[] = [];
  for (let i = 0; i < table.shape[0]; i++) rows.push(table.slice(i).copy());
  return rows;
}

export function preprocess(raw: number[][]): NDArray {
  const table = array(raw);
  const rows = rowsOf(table);

  const pipeline = compose(center(table.mean()), scale(0.5));
  const transformed = rows.map((r) => pipeline(r));

  const clip = clipInto(-2, 2);
  transformed.forEach(clip);
  transformed.forEach((r) => zeroNegatives(r));

  const doubled = rows.map((r) => {
    const c = r.copy();
    c.imul(2);
    return c;
  });

  const out = zeros([transformed.length, table.shape[1]]);
  transformed.forEach((r, i) => {
    out.slice(i).assign(":", r);
  });
  console.log("doubled first row:", doubled[0].tolist());
  console.log("original table untouched:", table.tolist());
  return out;
}

export function normalizeColumns(table: NDArray): NDArray {
  const result = table.copy();
  for (let j = 0; j < table.shape[1]; j++) {
    const col = minMax(table.slice(":", j));
    result.slice(":", j).assign(":", col);
  }
  return result;
}

const raw = [
  [3, -1, 7],
  [0, 4, -6],
  [9, 2, 1],
];
const prepared = preprocess(raw);
console.log("prepared:", prepared.tolist());
console.log("normalized columns:", normalizeColumns(array(raw)).tolist());
console.log("min-max of one row:", minMax(array([5, 10, 15])).tolist());
