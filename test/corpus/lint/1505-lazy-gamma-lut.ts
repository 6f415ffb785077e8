// Lazily builds a gamma lookup table once per process, applies it to 8-bit pixels and prints darkened and highlight-clipped previews.
// runnable
import { array, linspace, zeros, NDArray } from "ndalias";

const LEVELS = 256;
let GAMMA_LUT: NDArray | undefined;
let lutBuilds = 0;

function buildTable(gamma: number): NDArray {
  const t = linspace(0, 1, LEVELS);
  for (let i = 0; i < t.size; i++) {
    t.set(i, Math.pow(t.get(i), 1 / gamma));
  }
  lutBuilds++;
  return t;
}

function gammaTable(): NDArray {
  return (GAMMA_LUT ??= buildTable(2.2));
}

function applyTable(pixels: NDArray, table: NDArray): NDArray {
  const out = zeros(pixels.size);
  const flat = pixels.flatten();
  for (let i = 0; i < flat.size; i++) {
    out.set(i, table.get(flat.get(i)));
  }
  return out.reshape(...pixels.shape);
}

function toBytes(values: NDArray): NDArray {
  const scaled = values.mul(255);
  for (let i = 0; i < scaled.size; i++) {
    scaled.data[i] = Math.round(scaled.data[i] as number);
  }
  return scaled.astype("uint8");
}

function histogram(bytes: NDArray, bins: number): NDArray {
  const counts = zeros(bins);
  const width = 256 / bins;
  for (let i = 0; i < bytes.size; i++) {
    const value = bytes.data[i] as number;
    const b = Math.min(bins - 1, Math.floor(value / width));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function contrast(bytes: NDArray): number {
  const values = bytes.astype("float64");
  const mu = values.mean();
  const dev = values.sub(mu);
  return Math.sqrt(dev.mul(dev).mean());
}

const pixels = array(
  [
    [0, 32, 64, 96],
    [128, 160, 192, 255],
  ],
  "uint8",
);

const corrected = applyTable(pixels, gammaTable());
const correctedBytes = toBytes(corrected);
console.log("corrected:", correctedBytes.tolist());
console.log("histogram:", histogram(correctedBytes, 4).tolist(), "contrast:", contrast(correctedBytes).toFixed(2));

// A darker preview works on its own copy of the table.
const darkTable = gammaTable().copy();
darkTable.imul(0.8);
console.log("darkened:", toBytes(applyTable(pixels, darkTable)).tolist());

// A cheaper preview clips highlights to white.
const lut = gammaTable();
const highlights = lut.slice("192:");
highlights.fill(1); // expect: no-view-mutation
console.log("highlight-clipped:", toBytes(applyTable(pixels, lut)).tolist());

// Tone statistics of the production table used by every later request.
console.log("lut mean:", lut.mean().toFixed(4), "lut value at 200:", lut.get(200).toFixed(4));
console.log("corrected again:", toBytes(applyTable(pixels, gammaTable())).tolist());

const midtones = gammaTable().slice("64:192").copy();
midtones.isub(midtones.mean());
console.log("midtone deviation range:", midtones.min().toFixed(4), midtones.max().toFixed(4));
console.log("table builds:", lutBuilds);
