// Functional pipeline over a list of rows: small pure helpers return new arrays and are composed with map/filter/reduce; a forEach callback clips rows in place on purpose.
import { array, zeros, NDArray } from "ndalias";

type Step = (row: NDArray) => NDArray;

const centre: Step = (row) => row.sub(row.mean());
const scaleTo = (peak: number): Step => (row) => {
  const m = Math.max(row.max(), -row.min()) || 1;
  return row.mul(peak / m);
};
const compose = (...steps: Step[]): Step => (row) => steps.reduce((acc, f) => f(acc), row);

function clipInPlace(row: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < row.size; i++) {
    const v = row.get(i);
    if (v < lo) row.set(i, lo);
    else if (v > hi) row.set(i, hi);
  }
}

const raw = [
  [1, 2, 3, 4],
  [10, 10, 10, 10],
  [4, -2, 8, 0],
  [0.5, 0.25, 0.75, 1],
];

const rows: NDArray[] = raw.map((r) => array(r));
const normalise = compose(centre, scaleTo(2));
const prepared = rows.map(normalise).filter((r) => r.max() - r.min() > 1e-9);

prepared.forEach((r) => clipInPlace(r, -1.5, 1.5));

const total = prepared.reduce((acc, r) => acc.add(r), zeros(4));
const energy = prepared.map((r) => r.mul(r).sum());

console.log("kept rows:", prepared.length, "of", rows.length);
console.log("sum of prepared rows:", total.tolist());
console.log("energies:", energy.map((e) => e.toFixed(3)));
console.log("first raw row intact:", rows[0].tolist());
console.log("clipped range:", Math.min(...prepared.map((r) => r.min())), Math.max(...prepared.map((r) => r.max())));
