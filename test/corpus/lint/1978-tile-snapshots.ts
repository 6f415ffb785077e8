// Snapshots mosaic tiles before a radiometric correction, normalises tiles for a viewer and reports how much each tile changed.
import { array, NDArray } from "ndalias";

const TILE = 2;
const GAIN = 0.02;
const BIAS = -0.1;

const mosaic = array([
  [120, 124, 131, 140],
  [118, 122, 135, 142],
  [101, 99, 160, 171],
  [97, 95, 166, 175],
]);

function tileSpec(tr: number, tc: number): string {
  return `${tr * TILE}:${(tr + 1) * TILE}, ${tc * TILE}:${(tc + 1) * TILE}`;
}

// A tile scaled to [0, 1] for the web viewer; the scaling happens on a private copy.
function normalisedTile(m: NDArray, tr: number, tc: number): NDArray {
  const t = m.slice(tileSpec(tr, tc)).copy();
  const lo = t.min();
  const span = t.max() - lo || 1;
  t.isub(lo);
  t.idiv(span);
  return t;
}

// Relative change between two equally shaped arrays.
function relativeChange(before: NDArray, after: NDArray): number {
  const diff = after.sub(before);
  const base = Math.abs(before.mean()) || 1;
  return diff.mean() / base;
}

interface Snapshot {
  key: string;
  values: NDArray;
}

// Snapshots are copies taken before the correction, so they keep the raw digital numbers.
const snapshots: Snapshot[] = [];
for (let tr = 0; tr < 2; tr++) {
  for (let tc = 0; tc < 2; tc++) {
    snapshots.push({ key: `${tr}/${tc}`, values: mosaic.slice(tileSpec(tr, tc)).copy() });
  }
}

const viewerTiles = [
  normalisedTile(mosaic, 0, 0),
  normalisedTile(mosaic, 0, 1),
  normalisedTile(mosaic, 1, 0),
  normalisedTile(mosaic, 1, 1),
];

const rawMean = mosaic.mean();
const rawCopy = mosaic.copy();

// Radiometric correction of the mosaic itself: DN -> top-of-atmosphere reflectance.
mosaic.imul(GAIN);
mosaic.iadd(BIAS);

for (const snap of snapshots) {
  const [tr, tc] = snap.key.split("/").map(Number);
  const corrected = mosaic.slice(tileSpec(tr, tc));
  console.log(`tile ${snap.key}: raw mean=${snap.values.mean().toFixed(1)} reflectance mean=${corrected.mean().toFixed(4)}`);
}

// A scratch tile that starts as a view of the south-east corner and is rebound to its own copy before editing.
let scratch: NDArray = mosaic.slice(tileSpec(1, 1));
scratch = scratch.copy();
scratch.fill(0);
scratch.set([0, 0], 1);
console.log("scratch tile:", scratch.tolist(), "mosaic corner:", mosaic.get(3, 3).toFixed(4));

// A difference image between the raw copy and the corrected mosaic, written in place and printed.
const delta = rawCopy.mul(GAIN);
delta.iadd(BIAS);
delta.isub(mosaic);
console.log("max |delta|:", Math.max(delta.max(), -delta.min()).toExponential(2));

console.log("relative change:", relativeChange(rawCopy, mosaic).toFixed(4), "raw mean:", rawMean.toFixed(2));
for (const [i, t] of viewerTiles.entries()) {
  console.log(`viewer tile ${i}:`, t.tolist());
}
console.log("mosaic:", mosaic.tolist());
