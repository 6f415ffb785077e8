// Holds a scene's bands in an object-dtype stack, computes robust per-band statistics and writes 8-bit display bands and training samples.
import { array, empty, NDArray } from "ndalias";

const BAND_NAMES = ["coastal", "blue", "green", "red"];

const coastal = array([[0.112, 0.118, 0.121], [0.109, 0.115, 0.119], [0.104, 0.111, 0.117]]);
const blue = array([[0.094, 0.101, 0.108], [0.091, 0.097, 0.105], [0.087, 0.093, 0.102]]);
const green = array([[0.081, 0.092, 0.103], [0.078, 0.088, 0.099], [0.074, 0.084, 0.095]]);
const red = array([[0.062, 0.077, 0.091], [0.059, 0.072, 0.087], [0.055, 0.068, 0.083]]);

function median(band: NDArray): number {
  const sorted = band.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
}

function mad(band: NDArray): number {
  const dev = band.sub(median(band));
  for (let i = 0; i < dev.size; i++) {
    dev.data[i] = Math.abs(dev.data[i] as number);
  }
  return median(dev);
}

// 8-bit display version of a band between two reflectance limits; works on a float copy.
function toDisplay(band: NDArray, lo: number, hi: number): NDArray {
  const scaled = band.astype("float64");
  scaled.isub(lo);
  scaled.imul(255 / (hi - lo));
  for (let i = 0; i < scaled.size; i++) {
    scaled.data[i] = Math.min(255, Math.max(0, Math.round(scaled.data[i] as number)));
  }
  return scaled.astype("uint8");
}

function makeStack(bands: NDArray[]): NDArray {
  const stack = empty(bands.length, "object");
  for (let i = 0; i < bands.length; i++) stack.set(i, bands[i]);
  return stack;
}

const stack = makeStack([coastal, blue, green, red]);

// Metadata table and scene record: nested object arrays, each pointing only downwards.
const meta = empty(3, "object");
meta.set(0, "S2B_MSIL2A_20230611");
meta.set(1, "EPSG:32632");
meta.set(2, BAND_NAMES.join(","));
const record = empty(2, "object");
record.set(0, stack);
record.set(1, meta);

const stats = BAND_NAMES.map((name, i) => {
  const band = stack.get(i);
  return { name, median: median(band), mad: mad(band) };
});
for (const s of stats) {
  console.log(`${s.name.padEnd(8)} median=${s.median.toFixed(3)} mad=${s.mad.toFixed(4)}`);
}

// Display bands for red, green, blue: three new uint8 arrays.
const display = empty(3, "object");
[red, green, blue].forEach((b, i) => {
  display.set(i, toDisplay(b, 0.05, 0.12));
});
console.log("display red:", display.get(0).tolist());

// Training samples: pixel values at labelled cells, drawn with take and rescaled to percent.
const labelledCells = [0, 4, 8];
const samples = empty(4, "object");
for (let i = 0; i < BAND_NAMES.length; i++) {
  const source: NDArray = stack.get(i);
  const picked = source.flatten().take(labelledCells);
  picked.imul(100);
  if (picked.max() > 50) console.warn(`band ${BAND_NAMES[i]}: saturated training sample`);
  samples.set(i, picked);
}
const firstSample = BAND_NAMES.map((_, i) => samples.get(i).get(0).toFixed(1));
console.log("sample 0 (%):", firstSample.join(" "));

// Band ratio on new arrays.
const ratio = blue.div(red);
console.log("blue/red ratio mean:", ratio.mean().toFixed(3), "bands in record:", record.get(0).size, "crs:", record.get(1).get(1));
console.log("raw red:", red.tolist());
