// Equalises the histogram of a small 3-bit grayscale image through a module-level lookup table and reports before/after statistics.
import { array, zeros, NDArray } from "ndalias";

const LEVELS = 8;
const LUT = zeros(LEVELS);
const HIST = zeros(LEVELS);

function histogram(img: NDArray): NDArray {
  HIST.fill(0);
  const flat = img.flatten();
  for (let i = 0; i < flat.size; i++) {
    const v = Math.round(flat.get(i));
    if (v < 0 || v >= LEVELS) {
      continue;
    }
    HIST.set(v, HIST.get(v) + 1);
  }
  return HIST.copy();
}

function equalize(img: NDArray): { out: NDArray; lut: NDArray; changed: number } {
  const hist = histogram(img);
  const total = hist.sum();
  if (total === 0) {
    return { out: img.copy(), lut: LUT.copy(), changed: 0 };
  }

  const cdf = zeros(LEVELS);
  let running = 0;
  let cdfMin = -1;
  for (let k = 0; k < LEVELS; k++) {
    running += hist.get(k);
    cdf.set(k, running);
    if (cdfMin < 0 && running > 0) {
      cdfMin = running;
    }
  }
  const lowHalf = cdf.slice(`:${LEVELS / 2}`);
  console.log("share of pixels in the dark half:", (lowHalf.max() / total).toFixed(3));

  if (total === cdfMin) {
    // a single grey level: the identity table
    for (let k = 0; k < LEVELS; k++) LUT.set(k, k);
    return { out: img.copy(), lut: LUT.copy(), changed: 0 };
  }

  cdf.isub(cdfMin);
  cdf.imul((LEVELS - 1) / (total - cdfMin));
  LUT.fill(0);
  for (let k = 0; k < LEVELS; k++) {
    LUT.set(k, Math.max(0, Math.round(cdf.get(k))));
  }
  const lutTop = LUT.slice(`${LEVELS / 2}:`);
  console.log("bright half of the table:", lutTop.tolist());

  const out = img.copy();
  let changed = 0;
  for (let i = 0; i < out.size; i++) {
    const before = out.data[i] as number;
    const after = LUT.get(before);
    if (after !== before) changed++;
    out.data[i] = after;
  }
  return { out, lut: LUT.copy(), changed };
}

function stats(label: string, x: NDArray): void {
  const f = x.astype("float64");
  const mu = f.mean();
  const centered = f.sub(mu);
  centered.imul(centered);
  console.log(`${label}: mean ${mu.toFixed(2)} std ${Math.sqrt(centered.mean()).toFixed(2)} range ${x.min()}..${x.max()}`);
}

const image = array(
  [
    [1, 1, 2, 2, 3, 3],
    [1, 2, 2, 3, 3, 4],
    [2, 2, 3, 3, 4, 4],
    [2, 3, 3, 3, 4, 1],
  ],
  "uint8",
);

stats("before", image);
const { out, lut, changed } = equalize(image);
stats("after", out);
console.log("pixels remapped:", changed, "table:", lut.tolist());

const corners = image.take([0, 5, 18, 23]);
corners.iadd(1);
console.log("corner levels + 1:", corners.tolist());

const darkest = out.min();
out.isub(darkest);
const firstRow = out.slice(0);
console.log("shifted first row:", firstRow.tolist(), "image unchanged:", image.slice(0).tolist());

LUT.fill(0);
console.log("table reset, last histogram:", HIST.tolist());
