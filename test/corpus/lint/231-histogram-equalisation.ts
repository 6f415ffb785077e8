// Histogram equalisation of an 8-bit tile: bin counts via get/set with under/overflow bins, outlier bins cleared by constant index while a view of the inner bins is still used, a cumulative sum on a converted copy, a lookup table applied to a converted copy, and a median from a sorted flattened copy.
import { array, zeros, NDArray } from "ndalias";

const NBINS = 8;

function histogram(values: NDArray, lo: number, hi: number): NDArray {
  const counts = zeros(NBINS + 2, "int32");
  const flat = values.flatten();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    let b = Math.floor(((v - lo) / (hi - lo)) * NBINS) + 1;
    if (v < lo) b = 0;
    else if (v >= hi) b = NBINS + 1;
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function cumulative(counts: NDArray): NDArray {
  const cdf = counts.astype("float64");
  for (let i = 1; i < cdf.size; i++) cdf.set(i, cdf.get(i) + cdf.get(i - 1));
  return cdf;
}

function binOf(v: number, lo: number, hi: number): number {
  return Math.min(NBINS - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * NBINS)));
}

const tile = array(
  [
    [52, 55, 61, 59],
    [79, 61, 76, 61],
    [62, 59, 55, 104],
    [85, 71, 64, 200],
  ],
  "uint8",
);
const LO = 50;
const HI = 110;

const counts = histogram(tile, LO, HI);
const inner = counts.slice(`1:${NBINS + 1}`);
console.log("inner bins:", inner.tolist(), "outliers:", counts.get(0) + counts.get(NBINS + 1));
counts.set(0, 0);
counts.set(NBINS + 1, 0);
const cdf = cumulative(inner);
const density = inner.astype("float64");
density.idiv(inner.sum());
console.log("density:", density.tolist(), "cdf:", cdf.tolist());

const total = cdf.get(cdf.size - 1);
const lut = cdf.mul(255 / total);
const equalised = tile.astype("float64");
const preview = equalised.ravel();
console.log("brightest pixel before equalisation:", preview.max());
for (let r = 0; r < equalised.shape[0]; r++) {
  for (let c = 0; c < equalised.shape[1]; c++) {
    const v = equalised.get(r, c);
    equalised.set([r, c], v >= HI ? 255 : Math.round(lut.get(binOf(v, LO, HI))));
  }
}
console.log("equalised tile:", equalised.tolist());

const sorted = tile.flatten();
sorted.sort();
const median = (sorted.get(7) + sorted.get(8)) / 2;
const firstRow = tile.slice(0);
console.log("median intensity:", median, "first row:", firstRow.tolist(), "tile total:", tile.sum());
