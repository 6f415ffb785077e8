// Applies incoming patch updates to a live mosaic, re-reads each dirty window after the update, and logs before/after statistics.
import { array, zeros, NDArray } from "ndalias";

interface Patch {
  row: number;
  col: number;
  values: NDArray;
}

const mosaic = zeros([6, 6]);
mosaic.iadd(100);
for (let i = 0; i < 6; i++) mosaic.set([i, i], 110);

function windowOf(p: Patch): [string, string] {
  const [h, w] = p.values.shape;
  return [`${p.row}:${p.row + h}`, `${p.col}:${p.col + w}`];
}

function applyPatch(target: NDArray, patch: Patch): void {
  const [rows, cols] = windowOf(patch);
  target.slice(rows, cols).assign(":", patch.values);
}

function diffAgainst(before: NDArray, after: NDArray): NDArray {
  const d = after.copy();
  d.isub(before);
  return d;
}

function describePatch(p: Patch): string {
  const [h, w] = p.values.shape;
  return `${h}x${w} at (${p.row}, ${p.col}), mean ${p.values.mean().toFixed(1)}`;
}

function changedCells(delta: NDArray): number {
  let n = 0;
  for (let i = 0; i < delta.shape[0]; i++) {
    for (let j = 0; j < delta.shape[1]; j++) {
      if (delta.get(i, j) !== 0) n++;
    }
  }
  return n;
}

const patches: Patch[] = [
  { row: 0, col: 0, values: array([[90, 91], [92, 93]]) },
  { row: 2, col: 3, values: array([[120, 121, 122]]) },
  { row: 4, col: 4, values: array([[80, 81], [82, 83]]) },
];

for (const p of patches) console.log("incoming patch", describePatch(p));

// Snapshot taken before any update, so the diff sees the old values.
const snapshot = mosaic.copy();

// The first dirty window is printed before the patch and looked up again afterwards.
let dirty: NDArray = mosaic.slice("0:2", "0:2");
console.log("window before:", dirty.tolist(), "mean:", dirty.mean());
mosaic.slice("0:2", "0:2").assign(":", patches[0].values);
dirty = mosaic.slice("0:2", "0:2");
console.log("window after:", dirty.tolist(), "mean:", dirty.mean());

// The remaining patches go through the void helper.
for (const patch of patches.slice(1)) {
  applyPatch(mosaic, patch);
  const [rows, cols] = windowOf(patch);
  console.log(`patched ${rows},${cols}:`, mosaic.slice(rows, cols).tolist());
}

const delta = diffAgainst(snapshot, mosaic);
console.log("changed cells:", changedCells(delta), "delta sum:", delta.sum());

// An overview that starts as the mosaic's name and is rebound to a private copy before writing.
let overview: NDArray = mosaic;
overview = overview.slice("::2", "::2").copy();
overview.iadd(1);
console.log("overview:", overview.tolist());

// Seasonal gain on the live mosaic itself; nothing else refers to it any more.
mosaic.imul(1.02);
console.log("mosaic after gain:", mosaic.tolist());
console.log("snapshot untouched:", snapshot.get(0, 0), "mean:", snapshot.mean());
