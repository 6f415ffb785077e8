// Feature preprocessing helpers for a small tabular model (sum scaling, centring, clipping) applied to one table of samples.
import { array, NDArray } from "ndalias";

// scales x so that it sums to one, returns it so calls can be chained
export function normalizeSum(x: NDArray): NDArray {
  const total = x.sum();
  if (total === 0) {
    return x;
  }
  x.idiv(total); // expect: no-alias-mutation
  return x;
}

// returns a centred copy, the input is not changed
export function centered(x: NDArray): NDArray {
  const out = x.copy();
  const mu = out.mean();
  out.isub(mu);
  return out;
}

// returns a scaled copy with unit standard deviation
export function unitScaled(x: NDArray): NDArray {
  const c = centered(x);
  const sd = Math.sqrt(c.mul(c).mean());
  if (sd > 0) {
    c.idiv(sd);
  }
  return c;
}

// clips the first column of a 2-D table and returns how many values were clipped
export function clipFirstColumn(table: NDArray, limit: number): number {
  const col = table.slice(":", 0);
  let clipped = 0;
  for (let i = 0; i < col.size; i++) {
    if (col.get(i) > limit) {
      col.set(i, limit); // expect: no-view-mutation
      clipped++;
    }
  }
  return clipped;
}

// sets negative entries to zero, in place on purpose (nothing is returned)
export function zeroNegatives(x: NDArray): void {
  for (let i = 0; i < x.size; i++) {
    if ((x.data[i] as number) < 0) {
      x.data[i] = 0;
    }
  }
}

// counts entries above a threshold, read only
export function countAbove(x: NDArray, threshold: number): number {
  let n = 0;
  for (let i = 0; i < x.size; i++) {
    if (x.get(i) > threshold) n++;
  }
  return n;
}

// ---- apply the helpers to one table: rows are samples, columns are features
const table = array([
  [5, 1, 0.5],
  [12, -3, 0.25],
  [7, -2, 0.75],
  [15, 4, 0.5],
]);

const clippedCount = clipFirstColumn(table, 10);
console.log("clipped in column 0:", clippedCount);

zeroNegatives(table);
console.log("table after cleaning:", table.tolist());

const secondFeature = centered(table.slice(":", 1));
const thirdFeature = unitScaled(table.slice(":", 2));
console.log("centred feature 1:", secondFeature.tolist());
console.log("scaled feature 2:", thirdFeature.tolist());

// class weights for the loss, turned into probabilities
const classCounts = array([30, 10, 60]);
const classProbs = normalizeSum(classCounts.copy());
console.log("class probabilities:", classProbs.tolist(), "counts:", classCounts.tolist());
console.log("large samples:", countAbove(table.slice(":", 0), 8));
