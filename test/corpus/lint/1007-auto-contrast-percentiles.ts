// Auto-contrast for a two-channel microscope tile: robust percentiles, dead-pixel repair, in-place stretch and a histogram report.
import { array, zeros, NDArray } from "ndalias";

const DEAD_PIXEL = [2, 3];

// np.percentile on a sorted copy (nearest rank)
function percentile(x: NDArray, q: number): number {
  const sorted = x.flatten();
  sorted.sort();
  const k = Math.round((q / 100) * (sorted.size - 1));
  return sorted.get(k);
}

// x -= lo; x /= (hi - lo); np.clip(x, 0, 1, out=x)
function stretchInPlace(x: NDArray, lo: number, hi: number): void {
  x.isub(lo);
  x.idiv(hi - lo);
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i] as number;
    x.data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

function histogram(x: NDArray, bins: number): NDArray {
  const counts = zeros(bins, "int32");
  const flat = x.flatten();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor(flat.get(i) * bins));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function describe(name: string, x: NDArray): void {
  console.log(`${name}: min ${x.min().toFixed(3)}, mean ${x.mean().toFixed(3)}, max ${x.max().toFixed(3)}`);
}

function neighbourMedian(img: NDArray, r: number, c: number): number {
  const patch = img.slice(`${r - 1}:${r + 2}`, `${c - 1}:${c + 2}`);
  return percentile(patch, 50);
}

const dapi = array([
  [12, 15, 20, 18, 14, 11],
  [16, 64, 80, 77, 22, 13],
  [19, 85, 120, 0, 35, 17],
  [21, 90, 131, 126, 41, 15],
  [14, 30, 72, 68, 25, 12],
  [10, 13, 17, 16, 12, 9],
]);
const gfp = array([
  [5, 7, 9, 8, 6, 5],
  [6, 22, 48, 45, 10, 6],
  [8, 40, 96, 90, 18, 7],
  [9, 44, 101, 98, 20, 6],
  [6, 12, 35, 31, 9, 5],
  [4, 6, 7, 7, 5, 4],
]);

// GFP: robust range from sorted copies, then stretch the channel itself
const gfpLo = percentile(gfp, 2);
const gfpHi = percentile(gfp, 98);
stretchInPlace(gfp, gfpLo, gfpHi);
console.log(`GFP range ${gfpLo}..${gfpHi}`);

// DAPI: the sensor has a dead pixel; patch it with its neighbourhood median
const fillValue = neighbourMedian(dapi, DEAD_PIXEL[0], DEAD_PIXEL[1]);
const repaired = dapi.copy();
repaired.set(DEAD_PIXEL, fillValue); // expect: no-lost-write

// same robust stretch, sorting the pixel vector once for both percentiles
const pixels = dapi.reshape(dapi.size);
pixels.sort(); // expect: no-view-mutation
const dapiLo = pixels.get(Math.round(0.02 * (pixels.size - 1)));
const dapiHi = pixels.get(Math.round(0.98 * (pixels.size - 1)));
console.log(`DAPI range ${dapiLo}..${dapiHi}`);
stretchInPlace(dapi, dapiLo, dapiHi);

describe("DAPI stretched", dapi);
describe("GFP stretched", gfp);
console.log("DAPI histogram:", histogram(dapi, 4).tolist());
console.log("GFP histogram:", histogram(gfp, 4).tolist());
console.log("co-localisation:", dapi.mul(gfp).mean().toFixed(3));
console.log("nuclear centre intensity:", dapi.get(3, 2).toFixed(3));
