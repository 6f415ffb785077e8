// Prepares a CT volume for export: removes the patient couch, damps metal streak rows, pads the border and prints int16 export statistics.
// runnable
import { zeros, NDArray } from "ndalias";

const DEPTH = 4;
const ROWS = 10;
const COLS = 8;
const AIR = -1000;

function makeScan(): NDArray {
  const scan = zeros([DEPTH, ROWS, COLS]);
  for (let z = 0; z < DEPTH; z++) {
    for (let y = 0; y < ROWS; y++) {
      for (let x = 0; x < COLS; x++) {
        let hu = AIR;
        if (y >= 2 && y <= 6 && x >= 1 && x <= 6) hu = 40 + 3 * z;
        if (y === 4 && x === 4) hu = 3000;
        if (y >= 8) hu = 250;
        scan.set([z, y, x], hu);
      }
    }
  }
  return scan;
}

function median(vol: NDArray): number {
  const sorted = vol.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function countAbove(vol: NDArray, threshold: number): number {
  const flat = vol.flatten();
  let n = 0;
  for (let i = 0; i < flat.size; i++) if (flat.get(i) > threshold) n++;
  return n;
}

function toInt16(vol: NDArray, slope: number, intercept: number): NDArray {
  const stored = vol.sub(intercept);
  stored.idiv(slope);
  return stored.astype("int16");
}

function histogram(vol: NDArray, edges: number[]): NDArray {
  const counts = zeros(edges.length - 1, "int32");
  const flat = vol.flatten();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    for (let b = 0; b + 1 < edges.length; b++) {
      if (v >= edges[b] && v < edges[b + 1]) {
        counts.set(b, counts.get(b) + 1);
        break;
      }
    }
  }
  return counts;
}

function windowedThumbnail(vol: NDArray, z: number, level: number, width: number): NDArray {
  const thumb = vol.slice(z).copy();
  thumb.isub(level - width / 2);
  thumb.idiv(width);
  return thumb;
}

const ct = makeScan();
console.log("raw median HU:", median(ct), "metal voxels:", countAbove(ct, 2000));

// 1. The couch occupies the bottom rows of every slice.
const couchRows = [8, 9];
ct.take(couchRows, 1).fill(AIR); // expect: no-lost-write

// 2. Metal streaks run along row 4: damp that row in every slice.
const streakRow = ct.slice(":", 4).flatten();
streakRow.imul(0.25); // expect: no-lost-write

// 3. One-voxel air border in-plane, written through chained views.
ct.slice(":", 0).fill(AIR);
ct.slice(":", ":", 0).fill(AIR);
ct.slice(":", ":", -1).fill(AIR);

// 4. A scaled preview for the thumbnail.
const preview = ct.mul(0.001);
preview.iadd(1);
console.log("preview range:", preview.min().toFixed(3), "to", preview.max().toFixed(3));

const thumbnail = windowedThumbnail(ct, 1, 40, 400);
console.log("thumbnail mean:", thumbnail.mean().toFixed(3));
console.log("histogram (air, tissue, bone, metal):", histogram(ct, [-2000, -200, 200, 2000, 4000]).tolist());

const exported = toInt16(ct, 1, -1024);
console.log("export dtype:", exported.dtype, "min:", exported.min(), "max:", exported.max());
console.log("couch voxels left (HU 250):", countAbove(ct, 200) - countAbove(ct, 2000));
console.log("metal voxels after damping:", countAbove(ct, 2000));
console.log("median HU after cleanup:", median(ct));
