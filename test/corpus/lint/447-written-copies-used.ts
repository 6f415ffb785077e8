// Tutorial on copies you write into and then actually use: a sorted copy for the median, take() subsets, astype conversions and z-scores.
import { array, NDArray } from "ndalias";

// flatten() copies, so sorting is private to this function; the copy is read right after.
export function median(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const n = sorted.size;
  return n % 2 === 1 ? sorted.get((n - 1) / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
}

// sub() returns a new array; writing into it and returning it is fine.
export function zScores(x: NDArray): NDArray {
  const z = x.sub(x.mean());
  const sd = Math.sqrt(z.mul(z).mean());
  if (sd > 0) z.idiv(sd);
  return z;
}

// take() (fancy indexing) copies; the weighted subset is returned to the caller.
export function weightedPick(x: NDArray, idx: number[], weight: number): NDArray {
  const picked = x.take(idx);
  picked.imul(weight);
  return picked;
}

// A clipped copy, used for its maximum.
export function clippedMax(x: NDArray, hi: number): number {
  const c = x.copy();
  for (let i = 0; i < c.size; i++) {
    if (c.get(i) > hi) c.set(i, hi);
  }
  return c.max();
}

const sample = array([4, 8, 15, 16, 23, 42]);
console.log("median:", median(sample));
console.log("z-scores:", zScores(sample).tolist());
console.log("picked:", weightedPick(sample, [0, 5], 0.5).tolist());
console.log("clipped max:", clippedMax(sample, 20));
console.log("sample untouched:", sample.tolist());

// astype copy, shifted in place, then printed.
const asInt = sample.astype("int32");
asInt.iadd(1);
console.log("shifted ints:", asInt.tolist());

// flip() is a view, but copying it gives a new array to edit.
const reversed = sample.flip().copy();
reversed.set(0, 0);
console.log("reversed with first set to 0:", reversed.tolist());

// Arithmetic result written in a loop and then summed.
const squares = sample.mul(sample);
for (let i = 0; i < squares.size; i++) {
  if (squares.get(i) > 500) squares.set(i, 500);
}
console.log("capped sum of squares:", squares.sum());
