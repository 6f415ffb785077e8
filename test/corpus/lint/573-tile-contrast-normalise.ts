// Normalises a grayscale microscope tile: border and row statistics are gathered through views first, then the tile is rescaled in place.
import { array, NDArray } from "ndalias";

const tile = array([
  [12, 40, 38, 15],
  [44, 200, 190, 41],
  [39, 185, 210, 36],
  [14, 42, 37, 11],
]);

function describe(label: string, x: NDArray): void {
  console.log(`${label}: min ${x.min()}, max ${x.max()}, mean ${x.mean().toFixed(2)}`);
}

// --- statistics, all read before the tile changes ---
const topBorder = tile.slice(0);
const bottomBorder = tile.slice(-1);
const leftBorder = tile.slice("1:-1", 0);
const rightBorder = tile.slice("1:-1", -1);
const borderCount = topBorder.size + bottomBorder.size + leftBorder.size + rightBorder.size;
const borderMean =
  (topBorder.sum() + bottomBorder.sum() + leftBorder.sum() + rightBorder.sum()) / borderCount;
const interior = tile.slice("1:-1, 1:-1");
describe("interior", interior);
const contrast = interior.mean() - borderMean;
console.log(`border mean ${borderMean.toFixed(2)}, contrast ${contrast.toFixed(2)}`);

// --- background subtraction and contrast stretch, in place ---
tile.isub(borderMean);
tile.idiv(contrast);

// --- per-row peak normalisation: each row is read, then its slot is overwritten ---
for (let r = 0; r < tile.shape[0]; r++) {
  const row = tile.slice(r);
  const peak = Math.max(Math.abs(row.max()), Math.abs(row.min()));
  if (peak > 0) {
    tile.assign(`${r}, :`, row.div(peak));
  }
}

// --- views taken after the writes see the final values, as intended ---
const centre = tile.slice("1:-1, 1:-1");
const diagonal = tile.diagonal();
describe("normalised centre", centre);
console.log("diagonal after normalisation:", diagonal.tolist());
console.log("tile:", tile.tolist());
