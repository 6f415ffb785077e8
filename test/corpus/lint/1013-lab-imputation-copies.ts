// Cleans a table of lab results: unit conversion, median imputation and winsorising on copies, with the original kept for the audit log.
import { array, zeros, NDArray } from "ndalias";

const COLUMNS = ["hemoglobin", "wbc", "glucose", "creatinine"];
const GLUCOSE = 2;
const MG_DL_TO_MMOL_L = 0.0555;

function columnMedian(X: NDArray, j: number): number {
  const values: number[] = [];
  for (let i = 0; i < X.shape[0]; i++) {
    const v = X.get(i, j);
    if (!Number.isNaN(v)) values.push(v);
  }
  const sorted = array(values);
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

// np.where(np.isnan(X), medians, X) on a fresh copy
function imputed(X: NDArray): NDArray {
  const out = X.copy();
  for (let j = 0; j < out.shape[1]; j++) {
    const med = columnMedian(X, j);
    for (let i = 0; i < out.shape[0]; i++) {
      if (Number.isNaN(out.get(i, j))) out.set([i, j], med);
    }
  }
  return out;
}

// scipy.stats.mstats.winsorize, returning a new array
function winsorized(X: NDArray, lo: number, hi: number): NDArray {
  const W = X.copy();
  for (let j = 0; j < W.shape[1]; j++) {
    const col = W.slice(":", j).flatten();
    col.sort();
    const a = col.get(Math.floor(lo * (col.size - 1)));
    const b = col.get(Math.ceil(hi * (col.size - 1)));
    for (let i = 0; i < W.shape[0]; i++) {
      const v = W.get(i, j);
      if (v < a) W.set([i, j], a);
      else if (v > b) W.set([i, j], b);
    }
  }
  return W;
}

function missingMask(X: NDArray): NDArray {
  const mask = zeros(X.shape[0], "uint8");
  for (let i = 0; i < X.shape[0]; i++) {
    for (let j = 0; j < X.shape[1]; j++) {
      if (Number.isNaN(X.get(i, j))) mask.set(i, 1);
    }
  }
  return mask;
}

const labs = array([
  [13.5, 6.1, 95, 0.9],
  [12.1, NaN, 110, 1.1],
  [14.2, 7.4, NaN, 0.8],
  [11.8, 5.2, 240, NaN],
  [15.0, 9.8, 101, 1.0],
  [NaN, 6.6, 88, 1.3],
  [13.1, 21.0, 99, 0.7],
  [12.7, 5.9, 105, 4.2],
]);

// keep an untouched copy for the audit log before any in-place work
const auditCopy = labs.copy();
const incomplete = missingMask(labs);

// convert glucose to mmol/L in the working table: labs[:, 2] *= 0.0555
labs.slice(":", GLUCOSE).imul(MG_DL_TO_MMOL_L);

const filled = imputed(labs);
const modelReady = winsorized(filled, 0.1, 0.9);

// hold out the last two patients; centre them on the training medians
const holdout = modelReady.take([6, 7], 0);
for (let j = 0; j < COLUMNS.length; j++) {
  holdout.slice(":", j).isub(columnMedian(modelReady.slice(":6"), j));
}
console.log("hold-out rows, median-centred:", holdout.tolist());

const asFloat32 = modelReady.astype("float32");
asFloat32.imul(1000);
console.log("float32 export (x1000), first row:", asFloat32.slice(0).tolist());

COLUMNS.forEach((name, j) => {
  console.log(`${name}: raw median ${columnMedian(auditCopy, j)}, cleaned median ${columnMedian(modelReady, j).toFixed(3)}`);
});
console.log("rows with missing values:", incomplete.tolist());
console.log("audit copy (original units):", auditCopy.tolist());
console.log("working table after conversion:", labs.tolist());
