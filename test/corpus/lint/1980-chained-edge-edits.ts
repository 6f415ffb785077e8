// Cleans a land-cover mosaic before tiling: blanks the collar, flips a mis-oriented strip back, burns a cloud mask and pads tiles.
import { array, zeros, NDArray } from "ndalias";

const NODATA = 255;
const WATER = 1;
const FOREST = 2;
const URBAN = 3;

const landcover = array(
  [
    [9, 9, 9, 9, 9, 9],
    [9, 2, 2, 1, 1, 9],
    [9, 2, 3, 3, 1, 9],
    [9, 3, 3, 2, 2, 9],
    [9, 1, 1, 2, 2, 9],
    [9, 9, 9, 9, 9, 9],
  ],
  "uint8",
);

// Cloud flags from the QA band, row-major over the same grid.
const cloudMask = array(
  [
    false, false, false, false, false, false,
    false, false, false, false, true, false,
    false, false, false, false, true, false,
    false, false, false, false, false, false,
    false, false, false, false, false, false,
    false, false, false, false, false, false,
  ],
);

function classCounts(grid: NDArray): Map<number, number> {
  const counts = new Map<number, number>();
  const flat = grid.flatten();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

// A tile with a one-pixel NODATA border, built in a fresh array.
function paddedTile(grid: NDArray, spec: string): NDArray {
  const inner = grid.slice(spec);
  const out = zeros([inner.shape[0] + 2, inner.shape[1] + 2], "uint8");
  out.fill(NODATA);
  out.slice("1:-1, 1:-1").assign(":", inner);
  return out;
}

console.log("before cleaning:", Object.fromEntries(classCounts(landcover)));

// The collar around the scene is fill, not data: blank it with the a[i:j] = v idiom.
landcover.slice(0).fill(NODATA);
landcover.slice(-1).fill(NODATA);
landcover.slice(":", 0).fill(NODATA);
landcover.T.slice(-1).fill(NODATA);

// Row 3 came out of the decoder mirrored; copy the mirrored row back in place.
const fixedRow = landcover.slice(3).flip().copy();
landcover.slice(3).assign(":", fixedRow);

// Burn the cloud mask through the backing buffer of the (contiguous, owning) grid.
for (let i = 0; i < cloudMask.size; i++) {
  if (cloudMask.get(i)) landcover.data[i] = NODATA;
}

// Reclassify the westernmost urban pixel of row 2 as forest (an update of the city boundary),
// counting from the east edge of the urban run as the field survey does.
landcover.slice("2, 2:4").flip().set(1, FOREST);

// Tiles for the web map, each padded in its own new array.
const tiles = [paddedTile(landcover, "1:3, 1:3"), paddedTile(landcover, "1:3, 3:5"), paddedTile(landcover, "3:5, 1:5")];
for (const [k, t] of tiles.entries()) {
  console.log(`tile ${k}:`, t.tolist());
}

const counts = classCounts(landcover);
const valid = landcover.size - (counts.get(NODATA) ?? 0);
console.log("after cleaning:", Object.fromEntries(counts));
console.log(
  "water %:",
  ((100 * (counts.get(WATER) ?? 0)) / valid).toFixed(1),
  "forest %:",
  ((100 * (counts.get(FOREST) ?? 0)) / valid).toFixed(1),
  "urban %:",
  ((100 * (counts.get(URBAN) ?? 0)) / valid).toFixed(1),
);
console.log("grid:", landcover.tolist());
