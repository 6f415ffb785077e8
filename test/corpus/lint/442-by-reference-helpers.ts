// Statistics helpers written while learning that arrays are passed to functions by reference, applied to a matrix of measurements.
import { array, NDArray } from "ndalias";

// Range of the data after shifting it to start at zero.
// Bug: v is the caller's array, so the caller's data gets shifted too.
export function shiftedRange(v: NDArray): number {
  v.isub(v.min()); // expect: no-alias-mutation
  return v.max();
}

// Fixed: sub() returns a new array, so the argument is left alone.
export function shiftedRangeSafe(v: NDArray): number {
  const shifted = v.sub(v.min());
  return shifted.max();
}

// One-liner "demean" from a tutorial. An arrow with an expression body
// returns the array, so the caller gets back its own (now changed) data.
export const demean = (v: NDArray) => v.isub(v.mean()); // expect: no-alias-mutation

// Mean of the first row ignoring its first entry (set to zero).
// Bug: firstRow is a view of m, so m[0, 0] is zeroed for the caller.
export function firstRowMean(m: NDArray): number {
  const firstRow = m.slice(0);
  firstRow.set(0, 0); // expect: no-view-mutation
  return firstRow.mean();
}

// Fixed: copy first, then it is fine to write (even through a chained view).
export function firstRowMeanSafe(m: NDArray): number {
  const work = m.copy();
  work.slice(0).set(0, 0);
  return work.slice(0).mean();
}

// In-place helper: returns nothing, so changing v is the whole point.
export function clampInPlace(v: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < v.size; i++) {
    const x = v.get(i);
    if (x < lo) v.set(i, lo);
    else if (x > hi) v.set(i, hi);
  }
}

// Reads only: column means of a 2-D array.
export function columnMeans(m: NDArray): number[] {
  const out: number[] = [];
  for (let j = 0; j < m.shape[1]; j++) {
    out.push(m.slice(":", j).mean());
  }
  return out;
}

const measurements = array([
  [4.0, 2.5, 3.1],
  [3.6, 2.9, 3.3],
]);
console.log("column means:", columnMeans(measurements));
console.log("safe range:", shiftedRangeSafe(measurements.slice(0)));
console.log("safe first-row mean:", firstRowMeanSafe(measurements));

const readings = array([-2, 5, 12, 7]);
clampInPlace(readings, 0, 10);
console.log("clamped:", readings.tolist());
console.log("range:", shiftedRange(readings.copy()), "demeaned:", demean(readings.copy()).tolist());
console.log("first-row mean:", firstRowMean(measurements), "measurements:", measurements.tolist());
