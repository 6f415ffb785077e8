// Smoothing utilities for frame columns: min-max levels, iterative neighbour smoothing with two swapped buffers and a baseline row.
import { array, zeros, NDArray } from "ndalias";

export type Smoother = (x: NDArray) => NDArray;

export function levels(x: NDArray): NDArray {
  let level = x;
  level = level.sub(level.min());
  const span = level.max();
  if (span > 0) level.idiv(span);
  return level;
}

export function diffuse(series: NDArray, steps: number): NDArray {
  const n = series.size;
  let cur = series.copy();
  let nxt = zeros(n);
  for (let s = 0; s < steps; s++) {
    nxt.assign("1:-1", cur.slice(":-2").add(cur.slice("2:")).mul(0.5));
    nxt.set(0, cur.get(0));
    nxt.set(n - 1, cur.get(n - 1));
    [cur, nxt] = [nxt, cur];
  }
  return cur;
}

export function baselineRow(table: NDArray): NDArray {
  let row = table.slice(0);
  const firstTotal = row.sum();
  row = zeros(table.shape[1]);
  row.fill(firstTotal / row.size);
  return row;
}

export function compose(...fs: Smoother[]): Smoother {
  return (x) => fs.reduce((acc, f) => f(acc), x);
}

const demand = array([5, 9, 4, 12, 7, 15, 6]);
const pipeline = compose(levels, (x) => diffuse(x, 3));

console.log("levels:", levels(demand).tolist());
console.log("smoothed levels:", pipeline(demand).tolist());
console.log("diffused twice:", diffuse(demand, 2).tolist());
console.log("demand untouched:", demand.tolist());

const weekly = array([
  [3, 4, 5],
  [6, 7, 8],
]);
const base = baselineRow(weekly);
console.log("baseline:", base.tolist(), "table:", weekly.tolist());
