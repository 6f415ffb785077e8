// Feature-scaling helpers for a tabular batch (standardise, min-max, clip, centre columns) and a report on one batch.
import { array, zeros, NDArray } from "ndalias";

export function standardize(x: NDArray): NDArray {
  x = x.sub(x.mean());
  const sd = Math.sqrt(x.mul(x).mean());
  x.idiv(sd > 0 ? sd : 1);
  return x;
}

export function minMaxScale(x: NDArray): NDArray {
  const out = x.astype("float64");
  const lo = out.min();
  const span = out.max() - lo;
  out.isub(lo);
  if (span > 0) out.idiv(span);
  return out;
}

export function clipOutliers(x: NDArray, k: number): NDArray {
  const mu = x.mean();
  const centred = x.sub(mu);
  const sd = Math.sqrt(centred.mul(centred).mean());
  const clipped = x.flatten();
  for (let i = 0; i < clipped.size; i++) {
    const v = clipped.get(i);
    if (v > mu + k * sd) clipped.set(i, mu + k * sd);
    else if (v < mu - k * sd) clipped.set(i, mu - k * sd);
  }
  return clipped.reshape(...x.shape);
}

export function columnMeans(batch: NDArray): NDArray {
  const byColumn = batch.T;
  const means = zeros(byColumn.shape[0]);
  for (let j = 0; j < byColumn.shape[0]; j++) {
    means.set(j, byColumn.slice(j).mean());
  }
  return means;
}

export function centreColumns(batch: NDArray): NDArray {
  const centred = batch.copy();
  centred.isub(columnMeans(centred));
  return centred;
}

export function scaleColumn(batch: NDArray, column: number, factor: number): NDArray {
  const scaled = batch.copy();
  scaled.slice(":", column).imul(factor);
  return scaled;
}

/** Rescales a batch so that its largest absolute value is 1, in place. */
export function normalizePeakInPlace(batch: NDArray): void {
  const m = Math.max(batch.max(), -batch.min());
  if (m > 0) batch.idiv(m);
}

const batch = array([
  [5.1, 3.5, 140],
  [4.9, 3.0, 152],
  [6.2, 2.9, 171],
  [5.9, 3.2, 190],
  [7.1, 3.0, 420],
]);

const ageColumn = batch.slice(":", 2);
const rawAgeMean = ageColumn.mean();

const z = standardize(batch.slice(":", 0));
const mm = minMaxScale(batch.slice(":", 1));
const clipped = clipOutliers(ageColumn, 1.5);
const centred = centreColumns(batch);
const rescaled = scaleColumn(batch, 2, 0.01);

// A view turned into an independent result by rebinding it to an arithmetic copy.
let firstRow: NDArray = batch.slice(0);
const firstRowSum = firstRow.sum();
firstRow = firstRow.mul(2);
firstRow.iadd(1);

let peaks: NDArray = batch.max() > 100 ? rescaled : centred;
peaks = peaks.copy();
normalizePeakInPlace(peaks);

console.log("standardised sepal length:", (z.tolist() as number[]).map((v) => Number(v.toFixed(3))));
console.log("min-max sepal width:", mm.tolist());
console.log("clipped third column:", clipped.tolist(), "raw mean:", rawAgeMean);
console.log("column means after centring:", columnMeans(centred).tolist());
console.log("rescaled batch:", rescaled.tolist());
console.log("doubled first row plus one:", firstRow.tolist(), "original first-row sum:", firstRowSum);
console.log("peak-normalised copy:", peaks.tolist());
console.log("batch unchanged:", batch.tolist());
