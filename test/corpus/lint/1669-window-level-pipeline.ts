// A window/level pipeline for a CT volume: slice statistics taken first, a pristine copy kept for measurements, the window applied in place, then display slices.
// runnable
import { zeros, NDArray } from "ndalias";

const DEPTH = 4;
const ROWS = 6;
const COLS = 6;

function makeScan(): NDArray {
  const scan = zeros([DEPTH, ROWS, COLS]);
  for (let z = 0; z < DEPTH; z++) {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        const r = Math.hypot(y - 2.5, x - 2.5);
        scan.set([z, y, x], r < 1.2 ? 700 : r < 2.6 ? 35 + 4 * z : -950);
      }
    }
  }
  return scan;
}

function describe(label: string, plane: NDArray): void {
  console.log(`${label}: min ${plane.min().toFixed(2)} max ${plane.max().toFixed(2)} mean ${plane.mean().toFixed(2)}`);
}

function clampToUnit(img: NDArray): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    if (v < 0) img.data[i] = 0;
    else if (v > 1) img.data[i] = 1;
  }
}

function roiMean(vol: NDArray, z: number, y0: number, y1: number, x0: number, x1: number): number {
  return vol.slice(z, `${y0}:${y1}`, `${x0}:${x1}`).mean();
}

function countAbove(vol: NDArray, threshold: number): number {
  const flat = vol.flatten();
  let n = 0;
  for (let i = 0; i < flat.size; i++) {
    if (flat.get(i) > threshold) n++;
  }
  return n;
}

const ct = makeScan();

// Statistics of the middle slice, all read before anything is written.
const mid = ct.slice(2);
describe("mid slice HU", mid);
const midMean = mid.mean();
const boneFraction = countAbove(mid, 300) / mid.size;

// Measurements must use Hounsfield units, so keep a copy before windowing.
const hounsfield = ct.copy();

const level = 40;
const width = 400;
ct.isub(level - width / 2);
ct.idiv(width);
clampToUnit(ct);

// Display slices are taken from the windowed volume.
const displayMid = ct.slice(2);
describe("displayed mid slice", displayMid);
const displayTop = ct.slice(0);
describe("displayed top slice", displayTop);

// A difference map between neighbouring slices, built step by step.
let work: NDArray = hounsfield.slice(1);
work = work.sub(hounsfield.slice(2));
work.imul(0.5);
console.log("slice 1 vs 2 half-difference energy:", work.mul(work).mean().toFixed(2));

// A z-score map: rebinding a local to a fresh result before editing it.
let z: NDArray = hounsfield;
z = z.sub(hounsfield.mean());
z.idiv(Math.sqrt(z.mul(z).mean()));
console.log("z-score range:", z.min().toFixed(2), "to", z.max().toFixed(2));

console.log("mid mean HU (pre-window):", midMean.toFixed(1), "bone fraction:", boneFraction.toFixed(2));
console.log("tissue ROI HU:", roiMean(hounsfield, 1, 2, 4, 0, 1).toFixed(1));
console.log("windowed volume mean:", ct.mean().toFixed(3), "HU volume mean:", hounsfield.mean().toFixed(1));
