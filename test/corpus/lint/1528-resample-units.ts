// Resamples a coarse elevation grid in feet to a finer metre grid with nearest and bilinear kernels and prints a histogram of the result.
import { array, zeros, NDArray } from "ndalias";

const FEET_TO_METRES = 0.3048;
const BINS = 4;

export function nearestUpsample(src: NDArray, factor: number): NDArray {
  const [rows, cols] = src.shape;
  const out = zeros([rows * factor, cols * factor]);
  for (let r = 0; r < rows * factor; r++) {
    for (let c = 0; c < cols * factor; c++) {
      out.set([r, c], src.get(Math.floor(r / factor), Math.floor(c / factor)));
    }
  }
  return out;
}

export function bilinearUpsample(src: NDArray, factor: number): NDArray {
  const [rows, cols] = src.shape;
  const outRows = (rows - 1) * factor + 1;
  const outCols = (cols - 1) * factor + 1;
  const out = zeros([outRows, outCols]);
  for (let r = 0; r < outRows; r++) {
    const y = r / factor;
    const y0 = Math.min(Math.floor(y), rows - 2);
    const fy = y - y0;
    for (let c = 0; c < outCols; c++) {
      const x = c / factor;
      const x0 = Math.min(Math.floor(x), cols - 2);
      const fx = x - x0;
      const top = src.get(y0, x0) * (1 - fx) + src.get(y0, x0 + 1) * fx;
      const bottom = src.get(y0 + 1, x0) * (1 - fx) + src.get(y0 + 1, x0 + 1) * fx;
      out.set([r, c], top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

export function histogram(values: NDArray, bins: number): number[] {
  const lo = values.min();
  const width = (values.max() - lo) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.size; i++) {
    const b = Math.min(bins - 1, Math.floor(((values.data[i] as number) - lo) / width));
    counts[b]++;
  }
  return counts;
}

const coarseFeet = array([
  [1020, 1045, 1090],
  [1010, 1032, 1071],
  [998, 1015, 1049],
]);

const profile = coarseFeet.slice(1);
console.log("middle profile (ft):", profile.tolist(), "mean:", profile.mean().toFixed(1));

// per-cell vector for the unit conversion and the quick histogram
const cellsMetres = coarseFeet.reshape(coarseFeet.size);
cellsMetres.imul(FEET_TO_METRES); // expect: no-view-mutation
console.log("cell histogram (m):", histogram(cellsMetres, BINS));

// column-major scan for the legacy writer: flip rows so south is first
const southFirst = coarseFeet.flip(0);
console.log("south-first rows:", southFirst.tolist());

const nearest = nearestUpsample(coarseFeet, 2);
const smooth = bilinearUpsample(coarseFeet, 2);
console.log("nearest 6x6 mean:", nearest.mean().toFixed(2));
console.log("bilinear 5x5 mean:", smooth.mean().toFixed(2));

// resample in metres from a proper copy
const coarseMetres = coarseFeet.copy();
coarseMetres.imul(FEET_TO_METRES);
const fineMetres = bilinearUpsample(coarseMetres, 4);
console.log("fine grid:", fineMetres.shape, "range (m):", fineMetres.min().toFixed(1), fineMetres.max().toFixed(1));

// clamp the finer grid to the survey's valid range
const fineFlat = fineMetres.ravel();
const ceiling = 330;
let clamped = 0;
for (let i = 0; i < fineFlat.size; i++) {
  if (fineFlat.get(i) > ceiling) {
    fineFlat.set(i, ceiling); // expect: no-view-mutation
    clamped++;
  }
}
console.log("clamped cells:", clamped);
console.log("fine grid histogram:", histogram(fineMetres, BINS));
console.log("coarse grid in feet:", coarseFeet.tolist());
